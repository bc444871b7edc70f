// No flash of cards that a rule hides: from document_start until the stored rules are read
// and applied, unprocessed cards are not painted. A timeout guarantees the page never stays blank.
const ATTR = 'data-papersift-pending';
const SAFETY_MS = 1500;

export function holdPaint(): () => void {
  const root = document.documentElement;
  root?.setAttribute(ATTR, '');
  const release = () => root?.removeAttribute(ATTR);
  const timer = setTimeout(release, SAFETY_MS);
  return () => {
    clearTimeout(timer);
    release();
  };
}
