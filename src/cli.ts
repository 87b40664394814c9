import { extract } from './index.js';
import { readFileSync } from 'node:fs';
const file = process.argv[2] ?? 'fixtures/labour-proscription.txt';
console.log(JSON.stringify(extract(readFileSync(file, 'utf8')), null, 2));
