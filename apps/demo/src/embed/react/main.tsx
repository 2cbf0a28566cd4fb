// The React 19 proof page: the wushe elements from npm in a React app, configured through
// properties React sets from its state, and their events handled by React.
import { StrictMode, useCallback, useState } from 'react';
import { createRoot } from 'react-dom/client';
import '@wushe/elements/provider.js';
import '@wushe/elements/needs-list.js';
import '@wushe/elements/volunteer-signup.js';
import type { WusheActivitySignupEvent, WusheNeedClaimedEvent } from '@wushe/elements';

const KEY = 'pk_test_wushe_demo_panyu_0000000000';
const LANGUAGES = [
  { value: 'zh-CN', label: '简体中文' },
  { value: 'zh-HK', label: '繁體中文' },
  { value: 'en', label: 'English' },
] as const;
type Lang = (typeof LANGUAGES)[number]['value'];
type Kind = 'service' | 'wish' | undefined;

function App() {
  const [lang, setLang] = useState<Lang>('zh-CN');
  const [kind, setKind] = useState<Kind>(undefined);
  const [log, setLog] = useState<string[]>([]);
  const onSignup = useCallback((event: WusheActivitySignupEvent) => {
    const { status, waitlistPosition } = event.detail;
    const text =
      status === 'waitlisted' ? `候补第 ${waitlistPosition ?? '?'} 位` : '报名成功（已确认）';
    setLog((entries) => [...entries, `wushe-activity-signup：${text}`]);
  }, []);
  const onClaim = useCallback((event: WusheNeedClaimedEvent) => {
    setLog((entries) => [...entries, `wushe-need-claimed：${event.detail.needId}`]);
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
              value={kind ?? ''}
              onChange={(event) => {
                setKind((event.target.value || undefined) as Kind);
              }}
            >
              <option value="">全部</option>
              <option value="service">服务需求</option>
              <option value="wish">微心愿</option>
            </select>
          </label>
        </fieldset>
        <wushe-provider publishableKey={KEY} community="440113104001" lang={lang}>
          <section aria-labelledby="react-signup">
            <h2 id="react-signup">活动报名</h2>
            <wushe-volunteer-signup
              activity="act_jxSortingShift"
              onwushe-activity-signup={onSignup}
            ></wushe-volunteer-signup>
          </section>
          <section aria-labelledby="react-needs">
            <h2 id="react-needs">需求清单</h2>
            <wushe-needs-list
              kind={kind}
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
