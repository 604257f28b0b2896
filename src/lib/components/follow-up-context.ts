// What a customer list needs to start a follow-up: where to keep it and what the list was
// drawn with. Given by the notebook cell, so every list (lapsed, overdue, a segment, a cohort
// square, the first-timers in their window, the VIPs) offers it without new props.
import { getContext, setContext } from 'svelte';
import type { FollowUps } from '$lib/state/analyses/follow-ups.svelte';

export interface FollowUpStarter {
  followUps: FollowUps;
  /** The as-of date of the data shown: the follow-up's start. */
  asOf: () => string;
  /** The notebook's parameters the lists depend on. */
  params: () => Record<string, string | number>;
  /** A follow-up was drawn (the page shows the Follow-ups cell). */
  started: () => void;
}

const KEY = Symbol('follow-up starter');

export const provideFollowUpStarter = (starter: FollowUpStarter) => setContext(KEY, starter);

export const followUpStarter = () => getContext<FollowUpStarter | undefined>(KEY);
