import { useState, type FormEvent } from 'react';
import { isCommitteeRole, ROLES, type Role } from '../../../domain/roles.js';
import type { Committee, User, UserChanges, UserInput } from '../../api/types.js';
import { CheckboxField, SelectField, TextField } from '../../components/Field.js';
import { FormButtons } from '../../components/FormButtons.js';
import { ErrorAlert } from '../../components/Messages.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { focusFirstError, noErrors, placeError, type FormErrors } from '../../lib/form-errors.js';

const FIELDS = ['email', 'name', 'role', 'committeeId', 'password'] as const;
type F = (typeof FIELDS)[number];
const MIN_PASSWORD = 12;

function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

type Props =
  | { user?: undefined; committees: readonly Committee[]; prefix: string; submitLabel: string; onSubmit: (input: UserInput) => Promise<void>; onCancel?: () => void }
  | { user: User; committees: readonly Committee[]; prefix: string; submitLabel: string; onSubmit: (patch: UserChanges) => Promise<void>; onCancel?: () => void };

/**
 * Create a user (e-mail, name, role, committee, and an invitation by e-mail or a password) or change
 * one (role, committee, active, new password).
 */
export function UserForm(props: Props) {
  const { user, committees, prefix, submitLabel } = props;
  const { t } = useI18n();
  const [email, setEmail] = useState(user?.email ?? '');
  const [name, setName] = useState(user?.name ?? '');
  const [role, setRole] = useState<Role>(user?.role ?? 'reporter');
  const [committeeId, setCommitteeId] = useState(String(user?.committeeId ?? committees[0]?.id ?? ''));
  const [active, setActive] = useState(user?.active ?? true);
  const [password, setPassword] = useState('');
  // A new user is invited to choose their own password unless the admin chooses to type one.
  const [invite, setInvite] = useState(true);
  const [errors, setErrors] = useState<FormErrors<F>>(noErrors());
  const [busy, setBusy] = useState(false);
  const needsCommittee = isCommitteeRole(role);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const local: FormErrors<F> = noErrors();
    if (!user && !/^[^\s@]+@[^\s@]+$/.test(email.trim())) local.fields.email = t('users.emailInvalid');
    if (name.trim() === '') local.fields.name = t('setup.nameMissing');
    if (needsCommittee && !committeeId) local.fields.committeeId = t('users.committeeMissing');
    if ((user ? password !== '' : !invite) && password.length < MIN_PASSWORD) local.fields.password = t('users.passwordShort', { n: MIN_PASSWORD });
    if (Object.keys(local.fields).length > 0) {
      setErrors(local);
      focusFirstError(local, FIELDS, prefix);
      return;
    }
    setBusy(true);
    const committee = needsCommittee ? Number(committeeId) : null;
    try {
      if (props.user) {
        await props.onSubmit({ name: name.trim(), role, committeeId: committee, active, ...(password ? { password } : {}) });
        setPassword('');
      } else {
        await props.onSubmit({ email: email.trim(), name: name.trim(), role, committeeId: committee, ...(invite ? { invite: true } : { password }) });
        setEmail('');
        setName('');
        setPassword('');
      }
      setErrors(noErrors());
    } catch (error) {
      const placed = placeError(error, FIELDS, t('common.unexpected'));
      setErrors(placed);
      focusFirstError(placed, FIELDS, prefix);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={submit} noValidate className="form">
      {errors.form ? <div id={`${prefix}alert`} tabIndex={-1}><ErrorAlert>{errors.form}</ErrorAlert></div> : null}
      {user ? <p><strong>{t('users.email')}:</strong> {user.email}</p> : (
        <TextField id={`${prefix}email`} label={t('users.email')} type="email" autoComplete="off" value={email} onChange={setEmail}
          error={errors.fields.email} required />
      )}
      <TextField id={`${prefix}name`} label={t('users.name')} value={name} onChange={setName} error={errors.fields.name} required autoComplete="off" />
      <SelectField id={`${prefix}role`} label={t('users.role')} value={role} error={errors.fields.role}
        options={ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))} onChange={(v) => { if (isRole(v)) setRole(v); }} />
      {needsCommittee ? (
        <SelectField id={`${prefix}committeeId`} label={t('users.committee')} hint={t('users.committeeHint')} value={committeeId}
          error={errors.fields.committeeId} required onChange={setCommitteeId}
          options={committees.map((c) => ({ value: String(c.id), label: c.name }))} />
      ) : <p className="field__hint">{t('users.centralRole')}</p>}
      {user ? <CheckboxField id={`${prefix}active`} label={t('users.active')} hint={t('users.activeHint')} checked={active} onChange={setActive} /> : null}
      {user ? null : (
        <fieldset className="field">
          <legend>{t('users.howPassword')}</legend>
          <label className="radio">
            <input type="radio" name={`${prefix}how-password`} checked={invite} onChange={() => setInvite(true)}
              aria-describedby={`${prefix}invite-hint`} /> {t('users.invite')}
          </label>
          <p id={`${prefix}invite-hint`} className="field__hint">{t('users.inviteHint')}</p>
          <label className="radio">
            <input type="radio" name={`${prefix}how-password`} checked={!invite} onChange={() => setInvite(false)} /> {t('users.typePassword')}
          </label>
        </fieldset>
      )}
      {user || !invite ? (
        <TextField id={`${prefix}password`} label={user ? t('users.newPassword') : t('users.password')} type="password" autoComplete="new-password"
          hint={t('users.passwordHint', { n: MIN_PASSWORD })} value={password} onChange={setPassword} error={errors.fields.password} required={!user} />
      ) : null}
      <FormButtons submitLabel={submitLabel} busy={busy} onCancel={props.onCancel} />
    </form>
  );
}
