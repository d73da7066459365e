import type { ReactElement } from 'react';
import { formatSek } from '../../domain/money.js';
import { useI18n } from '../i18n/I18nProvider.js';

/**
 * The account, IKB, counterparty and amount of an accrual entry in a read-only table, and their
 * column headings: the report's page and the import's preview show entries alike.
 */
export function EntryCodeHeads(): ReactElement {
  const { t } = useI18n();
  return (
    <>
      <th scope="col">{t('entry.account')}</th>
      <th scope="col">{t('entry.ikb')}</th>
      <th scope="col">{t('entry.counterparty')}</th>
      <th scope="col" className="num">{t('entry.amount')}</th>
    </>
  );
}

export function EntryCodeCells({ entry }: { entry: { account: string; ikb: string; counterparty: string; amountOre: number } }): ReactElement {
  return (
    <>
      <td>{entry.account}</td>
      <td>{entry.ikb}</td>
      <td>{entry.counterparty}</td>
      <td className="num nowrap">{formatSek(entry.amountOre)}</td>
    </>
  );
}
