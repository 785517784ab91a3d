/** The sites where highlighting is off: the list, each with a remove button, and a field to add one. */
import { useState } from 'preact/hooks';
import { useT } from '../../components/lang.ts';

/** A host name from what a user typed: `https://Example.com/x` → `example.com`. */
export function toHost(input: string): string | undefined {
  const text = input.trim().toLowerCase();
  if (text === '') return undefined;
  try {
    const host = new URL(text.includes('://') ? text : `https://${text}`).host;
    return /^[a-z0-9.-]+(?::\d+)?$/u.test(host) && host.includes('.') ? host : undefined;
  } catch {
    return undefined;
  }
}

interface Props {
  readonly sites: readonly string[];
  readonly disabled: boolean;
  readonly onChange: (sites: string[]) => void;
}

export function SitesField({ sites, disabled, onChange }: Props) {
  const tr = useT();
  const [site, setSite] = useState('');
  const [invalid, setInvalid] = useState(false);
  const addSite = () => {
    const host = toHost(site);
    setInvalid(host === undefined);
    if (host === undefined) return;
    setSite('');
    onChange([...sites.filter((s) => s !== host), host]);
  };

  return (
    <fieldset disabled={disabled}>
      <legend>{tr('optionDisabledSites')}</legend>
      {sites.length === 0 ? (
        <p class="muted">{tr('noDisabledSites')}</p>
      ) : (
        <ul class="sites">
          {sites.map((s) => (
            <li key={s}>
              <code>{s}</code>
              <button
                type="button"
                aria-label={tr('removeSite', s)}
                onClick={() => onChange(sites.filter((x) => x !== s))}
              >
                ✕
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        class="add-site"
        onSubmit={(e) => {
          e.preventDefault();
          addSite();
        }}
      >
        <input
          type="text"
          aria-label={tr('optionDisabledSites')}
          aria-invalid={invalid}
          aria-describedby={invalid ? 'site-error' : undefined}
          placeholder="example.com"
          value={site}
          onInput={(e) => setSite(e.currentTarget.value)}
        />
        <button type="submit">{tr('addSite')}</button>
      </form>
      {invalid && (
        <p id="site-error" class="error">
          {tr('siteInvalid')}
        </p>
      )}
    </fieldset>
  );
}
