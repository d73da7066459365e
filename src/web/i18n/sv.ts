// Every string of the interface in Swedish, the first language, in four parts by area. Keys are typed:
// en.ts has the same keys, and `t('…')` accepts only these. `{name}` is filled in by translate().
import { svAccounts } from './messages/sv-accounts.js';
import { svAdmin } from './messages/sv-admin.js';
import { svApp } from './messages/sv-app.js';
import { svDashboard } from './messages/sv-dashboard.js';
import { svEditor } from './messages/sv-editor.js';
import { svFinance } from './messages/sv-finance.js';
import { svReports } from './messages/sv-reports.js';

/** All Swedish messages. */
export const sv = { ...svApp, ...svReports, ...svEditor, ...svAdmin, ...svFinance, ...svDashboard, ...svAccounts } as const;

/** A message key. */
export type MessageKey = keyof typeof sv;
