// The report's `by_first_order` section: the notebook's figures per group, the attribute as
// the command line takes it (`product`, `country`, `column:NAME`), and the standout sentence in
// English (the report's language).
import { byText, type FirstOrderBy } from '../analyses/first-order/attribute';
import { runFirstOrder, runFirstOrderValues } from '../analyses/first-order/run';
import { standoutSentence } from '../analyses/first-order/standout';
import { en } from '../i18n/en';
import { selectForm, type Params } from '../i18n/message';
import type { Mapping } from '../import/roles';
import type { Executor } from '../sql/executor';

export interface FirstOrderReportOptions {
  asOf: string;
  by: FirstOrderBy;
  mapping: Mapping;
  windowMonths: number;
  /** The forecasts were fitted for this as-of date (`--predict`): add each group's mean value. */
  predicted?: boolean;
}

const english = (key: string, params: Params = {}) => {
  const message = en[key as keyof typeof en];
  if (message === undefined) return key;
  return selectForm(message, params, 'en').replace(/\{(\w+)\}/g, (whole, name: string) =>
    params[name] === undefined ? whole : String(params[name]),
  );
};

export async function firstOrderReport(db: Executor, options: FirstOrderReportOptions) {
  const { by, mapping } = options;
  if (by.kind !== 'column' && !mapping[by.kind]) {
    throw new Error(`no ${by.kind} column to split by (map one with --map ${by.kind}=COLUMN)`);
  }
  const result = await runFirstOrder(db, options);
  const sentence = standoutSentence(result, {
    t: english,
    share: (s) => `${Math.round(s * 100)}%`,
  });
  const values = options.predicted
    ? await runFirstOrderValues(db, {
        by,
        top: result.top,
        groups: result.groups.map((g) => g.index),
      })
    : null;
  return {
    ...result,
    by: byText(by),
    groups: result.groups.map(({ index, ...group }, i) => ({
      group: index,
      ...group,
      ...(values
        ? { predicted_value_12m: values[i].value, predicted_customers: values[i].customers }
        : {}),
    })),
    sentence,
  };
}
