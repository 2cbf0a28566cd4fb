// The React 19 proof page: the wushe elements from npm in a React app, configured through
// properties React sets from its state, and their events handled by React.
import { StrictMode, useCallback, useState } from 'react';
import { createRoot } from 'react-dom/client';
import '@wushe/elements/provider.js';
import '@wushe/elements/needs-list.js';
import '@wushe/elements/volunteer-signup.js';
import type { WusheActivitySignupEvent, WusheNeedClaimedEvent } from '@wushe/elements';
import {
  ACTIVITY,
  COMMUNITY,
  KEY,
  KINDS,
  LANGUAGES,
  claimEntry,
  signupEntry,
  type KindChoice,
  type Lang,
} from '../shared.js';

function App() {
  const [lang, setLang] = useState<Lang>('zh-CN');
  const [kind, setKind] = useState<KindChoice>('');
  const [log, setLog] = useState<string[]>([]);
  const onSignup = useCallback((event: WusheActivitySignupEvent) => {
    setLog((entries) => [...entries, signupEntry(event)]);
  }, []);
  const onClaim = useCallback((event: WusheNeedClaimedEvent) => {
    setLog((entries) => [...entries, claimEntry(event)]);
  }, []);

  return (
    <>
      <header className="proof-header">
        <h1>React 19 页面中的 wushe 组件</h1>
        <p>组件来自 npm（@wushe/elements），属性由 React 状态设置，事件由 React 处理。</p>
      </header>
      <main>
        <fieldset className="controls">
          <legend>由 React 状态控制的属性</legend>
          <div role="radiogroup" aria-label="语言（lang）">
            {LANGUAGES.map((option) => (
              <label key={option.value}>
                <input
                  type="radio"
                  name="lang"
                  value={option.value}
                  checked={lang === option.value}
                  onChange={() => {
                    setLang(option.value);
                  }}
                />
                {option.label}
              </label>
            ))}
          </div>
          <label>
            需求类型（kind）
            <select
              value={kind}
              onChange={(event) => {
                setKind(event.target.value as KindChoice);
              }}
            >
              {KINDS.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          </label>
        </fieldset>
        <wushe-provider publishableKey={KEY} community={COMMUNITY} lang={lang}>
          <section aria-labelledby="react-signup">
            <h2 id="react-signup">活动报名</h2>
            <wushe-volunteer-signup
              activity={ACTIVITY}
              onwushe-activity-signup={onSignup}
            ></wushe-volunteer-signup>
          </section>
          <section aria-labelledby="react-needs">
            <h2 id="react-needs">需求清单</h2>
            <wushe-needs-list
              kind={kind || undefined}
              pageSize={5}
              onwushe-need-claimed={onClaim}
            ></wushe-needs-list>
          </section>
        </wushe-provider>
        <section aria-labelledby="react-log">
          <h2 id="react-log">事件记录</h2>
          <ol role="log" id="event-log">
            {log.map((entry, i) => (
              <li key={i}>{entry}</li>
            ))}
          </ol>
        </section>
      </main>
    </>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
