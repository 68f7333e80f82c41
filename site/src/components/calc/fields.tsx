import type React from 'react';
import { useId } from 'react';
import styles from './calc.module.css';

/** A labelled form row; the label is tied to the control with an id. */
export function Field({
  label,
  help,
  children,
}: {
  label: string;
  help?: string;
  children: (id: string) => React.ReactNode;
}): React.ReactElement {
  const id = useId();
  return (
    <div className={styles.field}>
      <label htmlFor={id}>{label}</label>
      {children(id)}
      {help && <span className={styles.help}>{help}</span>}
    </div>
  );
}

export function Check({
  label,
  checked,
  onChange,
  name,
}: {
  label: string;
  checked: boolean;
  onChange: (v: boolean) => void;
  name: string;
}): React.ReactElement {
  return (
    <label className={styles.check}>
      <input type="checkbox" name={name} checked={checked} onChange={(e) => onChange(e.target.checked)} /> {label}
    </label>
  );
}

export function DateField({ value, onChange }: { value: string; onChange: (v: string) => void }): React.ReactElement {
  return (
    <Field label="Evaluation date" help="Empty: today. Limits and lifecycle dates depend on it.">
      {(id) => <input id={id} name="as_of" type="date" value={value} onChange={(e) => onChange(e.target.value)} />}
    </Field>
  );
}
