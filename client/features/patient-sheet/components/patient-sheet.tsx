import { useQuery } from '@tanstack/react-query';
import type { Intake } from '../../../../shared/api/intake';
import { languageInfo, languages, type Language } from '../../../../shared/text/languages';
import { Link, usePath } from '../../../lib/router';
import { summaryQueryOptions } from '../../../lib/summary-query';
import { useDocumentLanguage } from '../../../lib/use-document-language';
import { usePageTitle } from '../../../lib/use-page-title';
import { LoadError } from '../../../components/ui/load-error';
import { sheetContent, type SheetContent } from '../sheet-content';
import { loadSheetWords } from '../sheet-languages';
import { CompareTable } from './compare-table';
import { WarningBox } from './warning-box';
import '../patient-sheet.css';

const WriteLine = ({ label }: { label: string }) => (
  <p className="write-line">
    {label}: <span className="write-space" aria-hidden="true" />
  </p>
);

/** A heading and its points; a sentence of its own when there are none. */
function Points({
  id,
  title,
  points,
  empty,
}: {
  id: string;
  title: string;
  points: readonly string[];
  empty?: string;
}) {
  return (
    <section id={id} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {points.length > 0 ? (
        <ul className="sheet-points">
          {points.map((point) => (
            <li key={point}>{point}</li>
          ))}
        </ul>
      ) : (
        <p>{empty}</p>
      )}
    </section>
  );
}

/** A section of fixed explanation: paragraphs, or a list. */
function Part({ title, text, list }: { title: string; text?: readonly string[]; list?: readonly string[] }) {
  return (
    <section aria-label={title}>
      <h2>{title}</h2>
      {text?.map((paragraph) => (
        <p key={paragraph}>{paragraph}</p>
      ))}
      {list && (
        <ul>
          {list.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
    </section>
  );
}

/**
 * What a pump is, the test dose and surgery (for someone who has no pump yet) and
 * living with a pump, in two balanced columns that may flow on across the page break.
 */
function About({ parts }: { parts: SheetContent['about'] }) {
  return (
    <div className="sheet-about">
      {parts.map((part) => (
        <Part key={part.title} {...part} />
      ))}
    </div>
  );
}

function WhatMatters({ content }: { content: SheetContent }) {
  const { matters } = content.text;
  const choices = [
    ...content.goals,
    ...matters.others.map((label, index) => ({ id: `other-${index}`, label, doctorNoted: false })),
  ];
  return (
    <section aria-labelledby="sheet-matters">
      <h2 id="sheet-matters">
        {matters.title} <span className="sheet-heading-note">{matters.legend}</span>
      </h2>
      <ul className="sheet-ticks">
        {choices.map(({ id, label, doctorNoted }) => (
          <li key={id}>
            <input type="checkbox" id={`matters-${id}`} />
            <label htmlFor={`matters-${id}`} className={doctorNoted ? 'doctor-noted' : undefined}>
              {label}
              {doctorNoted && <span className="visually-hidden"> ({matters.doctorMark})</span>}
            </label>
          </li>
        ))}
        {/* The write-in line fills the grid's last cell. */}
        <li className="sheet-write-in">
          <WriteLine label={matters.writeIn} />
        </li>
      </ul>
    </section>
  );
}

/** One line: the not-a-decision sentence and the rule set (the date of the visit is written by hand above it). */
function Footer({ text }: { text: SheetContent['text'] }) {
  return (
    <footer className="sheet-footer">
      <p>
        <strong>{text.footer.notADecision}</strong> {text.footer.madeWith}
      </p>
    </footer>
  );
}

/** The sheet in each other language, on the same address: the answers stay in this tab, so nothing is lost. */
function LanguageSwitch({ language }: { language: Language }) {
  const path = usePath();
  return (
    <ul className="sheet-languages">
      {languages
        .filter((other) => other !== language)
        .map((other) => (
          <li key={other}>
            <Link
              href={other === 'en' ? path : `${path}?lang=${other}`}
              lang={languageInfo[other].tag}
              hrefLang={languageInfo[other].tag}
            >
              {languageInfo[other].name}
            </Link>
          </li>
        ))}
    </ul>
  );
}

type Props = {
  intake: Intake;
  language: Language;
  /** The page's title while the sheet loads, and of the English sheet; a translated sheet is titled in its own words. */
  title: string;
};

/** The printable sheet the patient brings to the specialist: at most 2 pages on A4 and US Letter. */
export function PatientSheet({ intake, language, title }: Props) {
  const summary = useQuery(summaryQueryOptions(intake, language));
  const words = useQuery({
    queryKey: ['sheet-words', language],
    queryFn: async () => ({ words: await loadSheetWords(language) }),
  });
  const content = summary.data && words.data ? sheetContent(intake, summary.data, words.data.words) : null;
  usePageTitle(content && language !== 'en' ? content.text.screen.title : title);
  useDocumentLanguage(content && languageInfo[language].tag);

  if (summary.isError || words.isError) {
    return (
      <LoadError
        title="The sheet could not be made"
        message={summary.error?.message ?? 'Its words could not be loaded. Check your connection and try again.'}
        onRetry={() => {
          if (summary.isError) void summary.refetch();
          if (words.isError) void words.refetch();
        }}
      />
    );
  }
  if (!content) return <p role="status">Making your sheet…</p>;
  const { text } = content;

  return (
    <article className="sheet" aria-labelledby="sheet-title">
      <div className="sheet-actions">
        <LanguageSwitch language={language} />
        <button type="button" className="button" onClick={() => window.print()}>
          {text.screen.print}
        </button>
        <p className="hint">{text.screen.saveHint}</p>
      </div>
      <h1 id="sheet-title">{text.title}</h1>
      <p className="sheet-intro">{text.intro}</p>

      <Points id="sheet-why" title={text.why.title} points={content.why} empty={text.why.empty} />
      <Points id="sheet-talk" title={text.talk.title} points={content.talk} empty={text.talk.empty} />
      <Points id="sheet-bring" title={text.bring.title} points={content.bring} />
      {content.pills && <p className="sheet-everyone">{content.pills}</p>}
      {/* The safety box comes early: there it sees the most readers and stays whole on page 1. */}
      <WarningBox content={content} />
      <About parts={content.about} />
      <CompareTable content={content} />
      <WhatMatters content={content} />

      <section aria-labelledby="sheet-questions">
        <h2 id="sheet-questions">{text.questions.title}</h2>
        {/* The write-in line is the list's last item: it fills the second column's last row. */}
        <ul className="sheet-questions">
          {text.questions.list.map((question) => (
            <li key={question}>{question}</li>
          ))}
          <li className="sheet-write-in">
            <WriteLine label={text.questions.writeIn} />
          </li>
        </ul>
      </section>

      <div className="sheet-end">
        <div className="sheet-names">
          <WriteLine label={text.nameLine} />
          <WriteLine label={text.dateLine} />
        </div>
        <Footer text={text} />
      </div>
    </article>
  );
}
