/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findDocGaps, readSourceFacts, type Manifest } from '../../elements/test/docs-coverage.js';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const elementsDir = fileURLToPath(new URL('../../elements', import.meta.url));

describe('custom-elements.json documents every staff widget', () => {
  it('has a summary, events, parts, css properties and a stories file for each wushe-* element', () => {
    // Built by `cem analyze` in the package's build (turbo's `test` depends on it).
    const manifest = JSON.parse(
      readFileSync(`${packageDir}/custom-elements.json`, 'utf8'),
    ) as Manifest;
    const facts = readSourceFacts(packageDir);
    // The staff widgets are themed by the resident widgets' tokens (@wushe/elements/foundation.js).
    facts.tokenProperties = readSourceFacts(elementsDir).tokenProperties;
    expect(facts.components.flatMap((component) => component.tags)).toEqual(
      expect.arrayContaining(['wushe-staff-sign-in', 'wushe-review-queue', 'wushe-follow-ups']),
    );
    expect(findDocGaps(manifest, facts)).toEqual([]);
  });
});
