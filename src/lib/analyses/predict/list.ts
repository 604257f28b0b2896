// Customer lists with the forecasts beside them: a "probably still active" column and the
// order "most expected value lost first". Only used once `customer_predictions` holds the
// forecasts of the same file and as-of date (the notebook state makes sure of that).
import { byRevenueDesc } from '../customers/list';
import { CUSTOMER_PREDICTIONS } from './sql';

export type ListOrder = 'revenue' | 'lost_value';

export interface ListView {
  /** Join the forecasts (p_alive, lost_value). */
  predicted?: boolean;
  /** Default: most revenue first. 'lost_value' needs `predicted`. */
  order?: ListOrder;
}

/** SQL pieces for a list over customer_summary aliased `c`. */
export function listView({ predicted = false, order = 'revenue' }: ListView = {}) {
  if (order === 'lost_value' && !predicted) {
    throw new Error('invalid list order: lost_value needs the predictions');
  }
  return {
    columns: predicted ? `, p.p_alive, p.lost_value` : '',
    join: predicted ? `LEFT JOIN ${CUSTOMER_PREDICTIONS} p ON p.customer = c.customer` : '',
    orderBy:
      order === 'lost_value' ? `p.lost_value DESC NULLS LAST, ${byRevenueDesc}` : byRevenueDesc,
  };
}
