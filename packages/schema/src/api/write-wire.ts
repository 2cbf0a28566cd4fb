import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { routes } from './routes.js';
import { wireModule } from './wire.js';

/** Build step: `node dist/api/write-wire.js dist` writes `dist/wire.js` and `dist/wire.d.ts`. */
const target = process.argv[2] ?? 'dist';
const { js, dts } = wireModule(routes);
writeFileSync(join(target, 'wire.js'), js);
writeFileSync(join(target, 'wire.d.ts'), dts);
console.log(`wrote ${join(target, 'wire.js')} (${Object.keys(routes).length} routes)`);
