// BibTeX for one paper from anywhere (card, popup): the best data PaperSift has for it.
import { db } from '@/utils/db';
import { toBibtex } from '@/utils/export/bibtex';
import type { PaperInfo } from '@/utils/types';
import { getSaved } from './saved';
import { newSavedPaper } from './paper-record';
import { mergeInfo } from '@/utils/paper/info';

export async function bibtexOf(paper: PaperInfo): Promise<string> {
  const [saved] = await getSaved([paper.id]);
  if (saved) return toBibtex([saved]);
  const seen = await (await db()).get('seen', paper.id);
  const info = mergeInfo(paper, seen) ?? paper;
  return toBibtex([newSavedPaper(info, [], new Date().toISOString())]);
}
