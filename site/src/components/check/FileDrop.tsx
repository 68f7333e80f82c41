import type React from 'react';
import { useId, useState } from 'react';
import styles from './check.module.css';

/**
 * Choose or drop JSON files. The drop zone is the file input's label, so it is reached with Tab and opened
 * with Enter or Space like any file input; dropping onto it hands the files over the same way.
 */
export default function FileDrop({ onFiles }: { onFiles: (files: File[]) => void }): React.ReactElement {
  const id = useId();
  const [over, setOver] = useState(false);
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: dropping is a pointer gesture; the file input inside is the keyboard's way in
    <div
      className={over ? `${styles.drop} ${styles.dropOver}` : styles.drop}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        onFiles(Array.from(e.dataTransfer.files));
      }}
      data-drop-zone=""
    >
      <label htmlFor={id}>Choose or drop one or two JSON files</label>
      <input
        id={id}
        type="file"
        name="files"
        accept=".json,.jsonc,application/json"
        multiple
        onChange={(e) => {
          onFiles(Array.from(e.target.files ?? []));
          // The same file chosen again after a change still fires onChange.
          e.target.value = '';
        }}
      />
    </div>
  );
}
