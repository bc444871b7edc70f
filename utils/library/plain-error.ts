// Turns a rejected sendMessage into a sentence a reader can act on.
export function plainError(err: unknown): string {
  const message = err instanceof Error ? err.message : typeof err === 'string' ? err : '';
  if (/receiving end does not exist|could not establish connection|extension context invalidated/i.test(message))
    return 'PaperSift’s background could not be reached. Reload this page and try again; nothing was changed.';
  return message || 'Something went wrong and nothing was changed. Please try again.';
}
