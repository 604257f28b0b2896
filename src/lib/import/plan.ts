// Everything needed to turn the raw table into canonical orders, decided once per file.
import type { DecimalSeparator } from './formats';
import type { Mapping } from './roles';

export interface ImportPlan {
  mapping: Mapping;
  /** strptime formats for the date column, tried in order. */
  dateFormats: string[];
  /** Decimal separator of each number column that is mapped. */
  decimals: {
    amount?: DecimalSeparator;
    quantity?: DecimalSeparator;
    unit_price?: DecimalSeparator;
  };
}
