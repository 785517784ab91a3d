/** Switches for on-page highlighting: everywhere, and on the site the popup was opened on. */
import { useState } from 'preact/hooks';
import type { Settings } from '../utils/settings.ts';
import { useT } from './lang.ts';

interface Props {
  readonly settings: Settings;
  readonly save: (change: Partial<Settings>) => Promise<Settings>;
  readonly host: string | undefined;
}

export function HighlightSwitches({ settings: initial, save, host }: Props) {
  const tr = useT();
  const [settings, setSettings] = useState(initial);
  const update = async (change: Partial<Settings>) => setSettings(await save(change));
  const siteOn = host !== undefined && !settings.disabledSites.includes(host);
  return (
    <footer class="switches">
      <label class="switch">
        <input
          type="checkbox"
          role="switch"
          aria-checked={settings.highlight}
          checked={settings.highlight}
          onChange={(e) => void update({ highlight: e.currentTarget.checked })}
        />
        <span>{tr('highlightAll')}</span>
      </label>
      {host !== undefined && (
        <label class="switch">
          <input
            type="checkbox"
            role="switch"
            aria-checked={siteOn}
            checked={siteOn}
            disabled={!settings.highlight}
            onChange={(e) => {
              const others = settings.disabledSites.filter((s) => s !== host);
              void update({ disabledSites: e.currentTarget.checked ? others : [...others, host] });
            }}
          />
          <span>{tr('highlightSite', host)}</span>
        </label>
      )}
      <a class="settings-link" href="/options.html" target="_blank" rel="noreferrer">
        {tr('settings')}
      </a>
    </footer>
  );
}
