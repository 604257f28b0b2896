// Each analysis's view in the notebook, by kind. Exhaustive: an analysis added to the registry
// without its view here does not type-check. Every view takes the same props and reads what it
// needs (logic never imports components, so this map lives here, not in the registry).
import type { Component } from 'svelte';
import type { AnalysisKind, Cell } from '$lib/notebook/model';
import type { NotebookState } from '$lib/state/notebook.svelte';
import type { Session } from '$lib/state/session.svelte';
import Cohorts from './analysis/Cohorts.svelte';
import FirstOrder from './analysis/FirstOrder.svelte';
import FollowUps from './analysis/FollowUps.svelte';
import Inactivity from './analysis/Inactivity.svelte';
import Pareto from './analysis/Pareto.svelte';
import Predict from './analysis/Predict.svelte';
import Products from './analysis/Products.svelte';
import Repeat from './analysis/Repeat.svelte';
import Rfm from './analysis/Rfm.svelte';
import Summary from './analysis/Summary.svelte';

export interface CellProps {
  cell: Cell & { kind: AnalysisKind };
  session: Session;
  notebook: NotebookState;
  /** A file is loaded and analysed (before that, a cell says what it will answer). */
  ready: boolean;
}

export const CELLS: Record<AnalysisKind, Component<CellProps>> = {
  summary: Summary,
  cohorts: Cohorts,
  repeat: Repeat,
  products: Products,
  'first-order': FirstOrder,
  rfm: Rfm,
  inactivity: Inactivity,
  predict: Predict,
  pareto: Pareto,
  'follow-ups': FollowUps,
};
