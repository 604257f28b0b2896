// What an analysis is, declared once in its folder (`<name>/analysis.ts`) and listed in
// `registry.ts`: the notebook, the report and the contents loop over those declarations.
// Its view is not here (logic never imports components): see src/lib/components/cells.ts.
import type { MessageKey } from '../i18n/en';
import type { ReportSection } from '../report/section';
import type { ContentsInput, OverviewFormat } from './overview/text';

export interface Analysis<Kind extends string = string> {
  /** The notebook cell's kind, also its name in links and files: never renamed. */
  kind: Kind;
  /** In the notebook a new visitor opens; if not, added by hand (or by the page). */
  inDefaultNotebook: boolean;
  /** The cell's title. */
  title: Extract<MessageKey, `cell.kind.${Kind}`>;
  /** What the cell will answer, shown before a file is loaded. */
  question: Extract<MessageKey, `landing.${Kind}`>;
  /** Its section of the command line's JSON report, when it has one. */
  report?: ReportSection;
  /** The headline figure beside it in the contents, when it has one (null until computed). */
  contents?: (input: ContentsInput, f: OverviewFormat) => string | null;
}
