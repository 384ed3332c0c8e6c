import type { Level } from '../../../shared/api/summary';
import { levelLabels } from '../../../shared/api/labels';

// Each level has a shape as well as a colour, and always a text label beside
// it: meaning never rests on colour alone.
const paths: Record<Level, string> = {
  indication: 'M4 12.5l5 5L20 6.5', // tick
  caution: 'M12 3L2 21h20L12 3zm0 6v6m0 3v.5', // warning triangle
  consider: 'M12 2a10 10 0 100 20 10 10 0 000-20zm-4 10h8', // circle with a bar
  check: 'M9.5 9a2.5 2.5 0 114 2c-1 .7-1.5 1.3-1.5 2.5M12 17v.5', // question mark
  info: 'M12 2a10 10 0 100 20 10 10 0 000-20zm0 8v7m0-10v.5', // i in a circle
};

export function LevelIcon({ level }: { level: Level }) {
  return (
    <svg
      className={`level-icon level-icon-${level}`}
      viewBox="0 0 24 24"
      width="24"
      height="24"
      aria-hidden="true"
      focusable="false"
    >
      <path
        d={paths[level]}
        fill="none"
        stroke="currentColor"
        strokeWidth="2.5"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}

export function LevelLabel({ level }: { level: Level }) {
  return (
    <span className={`level-label level-${level}`}>
      <LevelIcon level={level} />
      {levelLabels[level].label}
    </span>
  );
}
