// The interface in English: the same keys as sv.ts, part by part (each part's type makes a missing
// or extra key an error).
import { enAccounts } from './messages/en-accounts.js';
import { enAdmin } from './messages/en-admin.js';
import { enApp } from './messages/en-app.js';
import { enDashboard } from './messages/en-dashboard.js';
import { enEditor } from './messages/en-editor.js';
import { enFinance } from './messages/en-finance.js';
import { enReports } from './messages/en-reports.js';
import type { MessageKey } from './sv.js';

/** All English messages. */
export const en: Readonly<Record<MessageKey, string>> = { ...enApp, ...enReports, ...enEditor, ...enAdmin, ...enFinance, ...enDashboard, ...enAccounts };
