/**
 * Settings: language, highlighting, sensitivity, sites where highlighting is off, tooltip delay,
 * and when the toolbar icon shows the page's status.
 */
import { useState } from 'preact/hooks';
import type { MessageKey } from '../../utils/i18n.ts';
import type { BadgeMode, LanguageSetting, Sensitivity, Settings } from '../../utils/settings.ts';
import { Choices, Switch } from '../../components/controls.tsx';
import { useT } from '../../components/lang.ts';

interface Props {
  readonly initial: Settings;
  readonly save: (change: Partial<Settings>) => Promise<Settings>;
}

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

const BADGE_CHOICES = [
  ['auto', 'badgeAuto'],
  ['always', 'badgeAlways'],
  ['never', 'badgeNever'],
] as const satisfies readonly (readonly [BadgeMode, MessageKey])[];

export function OptionsApp({ initial, save }: Props) {
  const tr = useT();
  const [settings, setSettings] = useState(initial);
  const [site, setSite] = useState('');
  const [invalid, setInvalid] = useState(false);
  const [status, setStatus] = useState('');
  const update = async (change: Partial<Settings>) => {
    setSettings(await save(change));
    setStatus(tr('saved'));
  };
  const addSite = () => {
    const host = toHost(site);
    setInvalid(host === undefined);
    if (host === undefined) return;
    setSite('');
    void update({ disabledSites: [...settings.disabledSites.filter((s) => s !== host), host] });
  };

  return (
    <main class="options">
      <h1>{tr('optionsTitle')}</h1>
      <fieldset>
        <legend>{tr('optionLanguage')}</legend>
        <Choices<LanguageSetting>
          name="language"
          choices={[
            ['auto', tr('languageAuto')],
            ['ko', '한국어'],
            ['en', 'English'],
          ]}
          value={settings.language}
          onChange={(language) => void update({ language })}
        />
      </fieldset>
      <fieldset>
        <legend>{tr('optionHighlight')}</legend>
        <Switch
          class="choice"
          checked={settings.highlight}
          onChange={(highlight) => void update({ highlight })}
        >
          {tr('highlightAll')}
        </Switch>
      </fieldset>
      <fieldset disabled={!settings.highlight}>
        <legend>{tr('optionSensitivity')}</legend>
        <Choices<Sensitivity>
          name="sensitivity"
          choices={[
            ['balanced', tr('sensitivityBalanced')],
            ['strict', tr('sensitivityStrict')],
          ]}
          value={settings.sensitivity}
          onChange={(sensitivity) => void update({ sensitivity })}
        />
      </fieldset>
      <fieldset disabled={!settings.highlight}>
        <legend>{tr('optionDisabledSites')}</legend>
        {settings.disabledSites.length === 0 ? (
          <p class="muted">{tr('noDisabledSites')}</p>
        ) : (
          <ul class="sites">
            {settings.disabledSites.map((s) => (
              <li key={s}>
                <code>{s}</code>
                <button
                  type="button"
                  aria-label={tr('removeSite', s)}
                  onClick={() =>
                    void update({ disabledSites: settings.disabledSites.filter((x) => x !== s) })
                  }
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
      <fieldset disabled={!settings.highlight}>
        <legend>{tr('optionTooltipDelay')}</legend>
        <label class="choice">
          <input
            type="range"
            aria-label={tr('optionTooltipDelay')}
            min={0}
            max={1500}
            step={50}
            value={settings.tooltipDelay}
            aria-valuetext={tr('milliseconds', settings.tooltipDelay)}
            onChange={(e) => void update({ tooltipDelay: Number(e.currentTarget.value) })}
          />
          <output>{tr('milliseconds', settings.tooltipDelay)}</output>
        </label>
      </fieldset>
      <fieldset>
        <legend>{tr('optionBadge')}</legend>
        <Choices<BadgeMode>
          name="badge"
          choices={BADGE_CHOICES.map(([value, key]) => [value, tr(key)] as const)}
          value={settings.badge}
          onChange={(badge) => void update({ badge })}
        />
      </fieldset>
      <p class="status" role="status">
        {status}
      </p>
    </main>
  );
}
