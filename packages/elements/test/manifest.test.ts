/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findDocGaps, readSourceFacts, type Manifest, type SourceFacts } from './docs-coverage.js';

const packageDir = fileURLToPath(new URL('..', import.meta.url));

describe('custom-elements.json documents every element', () => {
  it('has a summary, events, parts, css properties and a stories file for each wushe-* element', () => {
    // Built by `cem analyze` in the package's build (this task depends on it).
    const manifest = JSON.parse(
      readFileSync(`${packageDir}/custom-elements.json`, 'utf8'),
    ) as Manifest;
    const facts = readSourceFacts(packageDir);
    expect(facts.components.map((component) => component.tags).flat()).toContain(
      'wushe-needs-list',
    );
    expect(findDocGaps(manifest, facts)).toEqual([]);
  });

  it('sees which widgets render the shared load-state panel, and its parts', () => {
    const facts = readSourceFacts(packageDir);
    const panelUsers = facts.components
      .filter((component) =>
        component.sharedTemplates?.some((template) => template.name === 'renderLoadState'),
      )
      .flatMap((component) => component.tags);
    expect(panelUsers).toEqual(
      expect.arrayContaining([
        'wushe-needs-list',
        'wushe-survey',
        'wushe-survey-results',
        'wushe-donation',
        'wushe-volunteer-signup',
      ]),
    );
    const panel = facts.components
      .flatMap((component) => component.sharedTemplates ?? [])
      .find((template) => template.name === 'renderLoadState')!;
    expect(panel.parts).toEqual([
      'request-id',
      'retry',
      'state',
      'state-error',
      'state-loading',
      'state-offline',
    ]);
  });
});

describe('the documentation check itself', () => {
  // A small, fixed package so each gap below is the only one (a negative control that does not
  // depend on what the real widgets happen to contain today).
  const facts = (): SourceFacts => ({
    components: [
      {
        dir: 'src/components/thing',
        tags: ['wushe-thing'],
        events: ['wushe-error', 'wushe-thing-done'],
        parts: ['base', 'button'],
        cssProperties: [],
      },
    ],
    tokenProperties: ['--wushe-color-primary'],
    storyComponents: ['wushe-thing'],
  });
  const manifest = (): Manifest => ({
    modules: [
      {
        path: 'src/components/thing/thing.component.ts',
        declarations: [
          {
            kind: 'class',
            name: 'WusheThing',
            customElement: true,
            tagName: 'wushe-thing',
            summary: 'Does the thing.',
            events: [
              { name: 'wushe-error', description: 'Loading failed.' },
              { name: 'wushe-thing-done', description: 'The thing is done.' },
            ],
            cssParts: [
              { name: 'base', description: 'The root.' },
              { name: 'button', description: 'The button.' },
            ],
            cssProperties: [{ name: '--wushe-color-primary', description: 'The button.' }],
          },
        ],
      },
    ],
  });
  const thing = (m: Manifest) => m.modules[0]!.declarations![0]!;

  it('passes a fully documented element', () => {
    expect(findDocGaps(manifest(), facts())).toEqual([]);
  });

  it('fails an element missing from the manifest (no @tagname)', () => {
    const m = manifest();
    delete thing(m).tagName;
    expect(findDocGaps(m, facts())).toEqual([
      expect.stringContaining(
        '<wushe-thing> (src/components/thing) is not in custom-elements.json',
      ),
    ]);
  });

  it('fails a missing @summary', () => {
    const m = manifest();
    delete thing(m).summary;
    expect(findDocGaps(m, facts())).toEqual(['<wushe-thing>: no @summary']);
  });

  it('fails an emitted event without @event', () => {
    const m = manifest();
    thing(m).events = thing(m).events!.filter((event) => event.name !== 'wushe-thing-done');
    expect(findDocGaps(m, facts())).toEqual([
      '<wushe-thing>: event wushe-thing-done is used but not documented (@event)',
    ]);
  });

  it('fails a rendered part without @csspart, and one without a description', () => {
    const m = manifest();
    thing(m).cssParts = [{ name: 'base' }];
    expect(findDocGaps(m, facts())).toEqual([
      '<wushe-thing>: part button is used but not documented (@csspart)',
      '<wushe-thing>: part base has no description',
    ]);
  });

  it('fails a themed widget without @cssproperty, and a documented property nothing reads', () => {
    const none = manifest();
    thing(none).cssProperties = [];
    expect(findDocGaps(none, facts())).toEqual([
      '<wushe-thing>: renders part "base" but documents no @cssproperty to theme it',
    ]);
    const stale = manifest();
    thing(stale).cssProperties!.push({ name: '--wushe-gone', description: 'Removed.' });
    expect(findDocGaps(stale, facts())).toEqual([
      '<wushe-thing>: css property --wushe-gone is documented but nothing reads it',
    ]);
  });

  it("fails a property the component's own styles read without @cssproperty", () => {
    const f = facts();
    f.components[0]!.cssProperties = ['--wushe-thing-width'];
    expect(findDocGaps(manifest(), f)).toEqual([
      '<wushe-thing>: css property --wushe-thing-width is used but not documented (@cssproperty)',
    ]);
  });

  it('fails a widget that shows the shared load-state panel without documenting its parts', () => {
    const f = facts();
    f.components[0]!.sharedTemplates = [
      { name: 'renderLoadState', parts: ['retry', 'state', 'state-loading'] },
    ];
    const m = manifest();
    thing(m).cssParts!.push(
      { name: 'state', description: 'The load-state panel.' },
      { name: 'state-loading', description: 'Loading.' },
    );
    expect(findDocGaps(m, f)).toEqual([
      '<wushe-thing>: part retry of the shared renderLoadState() is not documented (@csspart)',
    ]);
    thing(m).cssParts!.push({ name: 'retry', description: 'Loads again.' });
    expect(findDocGaps(m, f)).toEqual([]);
  });

  it('fails an element without a stories file naming it as `component`', () => {
    const f = facts();
    f.storyComponents = [];
    expect(findDocGaps(manifest(), f)).toEqual([
      "<wushe-thing>: no *.stories.ts with `component: 'wushe-thing'` (its docs page)",
    ]);
  });
});
