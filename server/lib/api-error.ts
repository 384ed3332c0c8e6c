import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ErrorBody, ErrorCode, Issue } from '../../shared/api/errors';

/** An error the client can act on; app.onError turns it into the contract's JSON body. */
export class ApiError extends HTTPException {
  readonly body: ErrorBody;

  constructor(status: ContentfulStatusCode, code: ErrorCode, message: string, issues?: Issue[]) {
    super(status, { message });
    this.body = issues ? { error: code, message, issues } : { error: code, message };
  }
}
