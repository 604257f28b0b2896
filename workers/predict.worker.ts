// The prediction worker: fits the BG/NBD and Gamma-Gamma models and computes per-customer
// forecasts, off the page's thread and off the database worker (a fit over many customers
// takes seconds; queries should not wait for it). Pure maths: no DuckDB here.
import * as Comlink from 'comlink';
import { localModels } from '../src/lib/analyses/predict/models';

Comlink.expose(localModels);
