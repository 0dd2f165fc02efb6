import { createElement, useEffect, useId, useRef, useSyncExternalStore, type ComponentType } from 'react';
import { t } from '../strings';

// The column fields of a figure's form offer the columns of the data file chosen above them: a list
// of suggestions as staff type (an HTML datalist) and the columns written under the field. The
// fields stay text fields, so a figure file keeps its plain column names, and a figure whose CSV
// lost a column still opens (the build then names the missing column); Keystatic's select fields
// would refuse to open it, and their options could not follow the file chosen in the same form.

type Field<V> = { Input: ComponentType<any> } & Record<string, unknown> & { defaultValue(): V };

// Note: one figure form is open at a time; the data file it shows is kept here for its column fields.
let chosenFile = '';
const listeners = new Set<() => void>();
const subscribe = (listener: () => void) => (listeners.add(listener), () => void listeners.delete(listener));
const current = () => chosenFile;

/** The data file field: the same field, which also tells the column fields which file is chosen. */
export function dataFileField<F extends Field<string>>(field: F): F {
  const Input = field.Input;
  return {
    ...field,
    Input(props: { value: string }) {
      useEffect(() => {
        if (chosenFile === props.value) return;
        chosenFile = props.value;
        listeners.forEach((l) => l());
      }, [props.value]);
      return createElement(Input, props);
    },
  };
}

/** A column field: the same text field, with the chosen file's columns offered and written under it. */
export function columnField<F extends Field<string>>(field: F, columnsByFile: Record<string, string[]>): F {
  const Input = field.Input;
  return {
    ...field,
    Input(props: Record<string, unknown>) {
      const file = useSyncExternalStore(subscribe, current, current);
      const columns = columnsByFile[file] ?? [];
      const list = useId();
      const box = useRef<HTMLDivElement>(null);
      // Note: Keystatic's text input takes no `list` attribute; it is set on the input it renders.
      useEffect(() => box.current?.querySelector('input')?.setAttribute('list', list), [list]);
      const description = columns.length ? t.editor.figure.columnsOf(file, columns) : undefined;
      return createElement(
        'div',
        { ref: box },
        createElement(Input, { ...props, ...(description ? { description } : {}) }),
        createElement('datalist', { id: list }, ...columns.map((c) => createElement('option', { key: c, value: c }))),
      );
    },
  };
}
