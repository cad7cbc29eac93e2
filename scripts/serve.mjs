// npm start: serves the demo on localhost (after `npm run build`).
import { startServer } from './static-server.mjs';

const port = Number(process.env.PORT ?? 8080);
const server = await startServer({ port }).catch(() => startServer({ port: 0 }));
const { port: actual } = server.address();
console.log(`\n  treatment-compare demo: http://localhost:${actual}/demo/\n  (Ctrl+C to stop)\n`);
