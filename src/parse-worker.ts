/**
 * The parse worker (built as dist/parse-worker.js): parses the files it is sent, one message
 * each, and posts back plain RoadmapDocuments — never trees. The main thread may terminate it at
 * any moment; it holds nothing that needs cleaning up.
 */
import { parentPort } from 'node:worker_threads';
import type { RoadmapDocument, Settings, SourceFile } from './model/types.js';
import { parseRoadmap } from './parse/document.js';

/** main → worker. */
export interface ParseRequest {
  id: number;
  source: SourceFile;
  settings: Pick<Settings, 'milestoneDepth'>;
}

/** worker → main: `ready` once loaded, then one reply per request. A thrown error is a bug. */
export type ParseReply = { ready: true } | { id: number; document: RoadmapDocument } | { id: number; error: string };

const port = parentPort;
if (port) {
  port.on('message', (request: ParseRequest) => {
    let reply: ParseReply;
    try {
      reply = { id: request.id, document: parseRoadmap(request.source, request.settings) };
    } catch (error) {
      reply = { id: request.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
    }
    port.postMessage(reply);
  });
  port.postMessage({ ready: true } satisfies ParseReply);
}
