import { type InputHTMLAttributes, useEffect, useRef } from 'react';
import styles from './checkbox.module.css';

export interface CheckboxProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'type'> {
  /** Shown as a dash; announced as "mixed" by screen readers. */
  indeterminate?: boolean;
}

/** A native checkbox that can also show the indeterminate state, which has no HTML attribute. */
export function Checkbox({ indeterminate = false, className, ...rest }: CheckboxProps) {
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = indeterminate;
  }, [indeterminate]);
  return (
    <input
      ref={ref}
      type="checkbox"
      className={className ? `${styles.checkbox} ${className}` : styles.checkbox}
      {...rest}
    />
  );
}
