/**
 * The popup's footer, always in view below the list: the highlighting switches and Settings,
 * then the keys the list answers to, or for a moment what a key just did (a status region).
 */
import type { Settings } from '../../utils/settings.ts';
import { useT } from '../../components/lang.ts';
import { HighlightSwitches } from './HighlightSwitches.tsx';

interface Props {
  readonly settings: Settings;
  readonly update: (change: Partial<Settings>) => void;
  readonly host: string | undefined;
  /** Esc clears the query (true) or closes the popup. */
  readonly clears: boolean;
  /** What a key just did (`Copied: 429 Too Many Requests`), else empty. */
  readonly announcement: string;
  /** The copy key's modifier as the keyboard labels it. */
  readonly modifier?: string;
}

/** ⌘ on a Mac, Ctrl elsewhere. */
export function copyModifier(
  nav: { platform: string; userAgentData?: { platform: string } } = navigator,
): string {
  return /mac|iphone|ipad/iu.test(nav.userAgentData?.platform ?? nav.platform) ? '⌘' : 'Ctrl';
}

export function PopupFooter({ settings, update, host, clears, announcement, modifier }: Props) {
  const tr = useT();
  const mod = modifier ?? copyModifier();
  return (
    <footer class="popup-footer">
      <div class="footer-row">
        <HighlightSwitches settings={settings} update={update} host={host} />
        {/* The links wrap below the switches together when the row is full (a long host). */}
        <span class="footer-links">
          <a
            class="settings-link"
            href="/reference.html#choose"
            target="_blank"
            rel="noreferrer"
            title={tr('chooseTitle')}
          >
            {tr('chooseJump')}
          </a>
          <a class="settings-link" href="/options.html" target="_blank" rel="noreferrer">
            {tr('settings')}
          </a>
        </span>
      </div>
      <div class="footer-row footer-keys">
        <p class="announcement" role="status">
          {announcement}
        </p>
        {announcement === '' && (
          <p class="key-hints">
            <Hint keys={['↑', '↓']} text={tr('keyMove')} />
            <Hint keys={['Enter']} text={tr('keyOpen')} />
            <Hint keys={mod === '⌘' ? ['⌘', 'C'] : ['Ctrl', 'C']} text={tr('keyCopy')} />
            <Hint keys={['Esc']} text={tr(clears ? 'keyClear' : 'keyClose')} />
          </p>
        )}
      </div>
    </footer>
  );
}

function Hint({ keys, text }: { readonly keys: readonly string[]; readonly text: string }) {
  return (
    <span class="hint">
      {keys.map((k) => (
        <kbd key={k}>{k}</kbd>
      ))}{' '}
      {text}
    </span>
  );
}
