/**
 * Takes the console screenshots shown in the README (docs/screenshots/*.png): starts a real
 * server on a temp folder, seeds state machines and executions through the AWS API (10,000
 * executions for the list), and drives Debian's chromium over each page.
 *   npx tsx scripts/screenshots.ts
 * It also prints how long the executions page takes to show its first page with 10,000
 * executions stored (the console's list is paginated by the server).
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { startServer } from '../src/server/start-server.js';

const OUT = new URL('../docs/screenshots/', import.meta.url).pathname;
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const ROLE = 'arn:aws:iam::123456789012:role/StepwiseConsole';

const reminder = {
  Comment: 'Remind a person (to cuddle the cat) after a delay, by email, SMS or both',
  StartAt: 'Wait for the reminder',
  States: {
    'Wait for the reminder': { Type: 'Wait', SecondsPath: '$.delaySeconds', Next: 'Which channel?' },
    'Which channel?': { Type: 'Choice', Choices: [
      { Variable: '$.channel', StringEquals: 'email', Next: 'Send email' },
      { Variable: '$.channel', StringEquals: 'sms', Next: 'Send SMS' },
      { Variable: '$.channel', StringEquals: 'both', Next: 'Email and SMS' },
    ], Default: 'Unknown channel' },
    'Send email': { Type: 'Task', Resource: 'arn:aws:states:::aws-sdk:sesv2:sendEmail', Parameters: { 'Content.$': '$.message', 'To.$': '$.email' }, ResultPath: '$.sent', Retry: [{ ErrorEquals: ['States.TaskFailed'], MaxAttempts: 2 }], Next: 'Reminded' },
    'Send SMS': { Type: 'Task', Resource: 'arn:aws:states:::sns:publish', Parameters: { 'Message.$': '$.message', 'PhoneNumber.$': '$.phone' }, ResultPath: '$.sent', Next: 'Reminded' },
    'Email and SMS': { Type: 'Parallel', Branches: [
      { StartAt: 'Email too', States: { 'Email too': { Type: 'Task', Resource: 'arn:aws:states:::aws-sdk:sesv2:sendEmail', Parameters: { 'Content.$': '$.message' }, End: true } } },
      { StartAt: 'SMS too', States: { 'SMS too': { Type: 'Task', Resource: 'arn:aws:states:::sns:publish', Parameters: { 'Message.$': '$.message' }, End: true } } },
    ], ResultPath: '$.sent', Catch: [{ ErrorEquals: ['States.ALL'], Next: 'Unknown channel' }], Next: 'Reminded' },
    Reminded: { Type: 'Succeed' },
    'Unknown channel': { Type: 'Fail', Error: 'UnknownChannel', Cause: 'Pick email, sms or both' },
  },
};

async function api(url: string, action: string, body: object): Promise<Record<string, unknown>> {
  const res = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/x-amz-json-1.0', 'X-Amz-Target': `AWSStepFunctions.${action}` }, body: JSON.stringify(body) });
  const json = (await res.json()) as Record<string, unknown>;
  if (!res.ok) throw new Error(`${action}: ${JSON.stringify(json)}`);
  return json;
}

async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(400);
}

async function main(): Promise<void> {
  const data = mkdtempSync(join(tmpdir(), 'stepwise-shots-'));
  const server = await startServer({
    host: '127.0.0.1', port: 0, data, accountId: '123456789012', region: 'us-east-1',
    resolver: (call) => {
      if (call.resource.includes('sns:publish')) return { MessageId: 'b3a1c9d2-7f1e-4c2a-9a51-2f0c4e8d1a77' };
      if (call.resource.includes('sesv2')) return { MessageId: '0100018c-email-reminder' };
      if (call.resource.includes('lambda')) return { Payload: { ok: true } };
      return {};
    },
  });
  const url = `http://127.0.0.1:${server.port}`;
  mkdirSync(OUT, { recursive: true });
  try {
    const sm = String((await api(url, 'CreateStateMachine', { name: 'CatReminder', roleArn: ROLE, definition: JSON.stringify(reminder) })).stateMachineArn);
    const v1 = String((await api(url, 'PublishStateMachineVersion', { stateMachineArn: sm, description: 'first release' })).stateMachineVersionArn);
    await api(url, 'UpdateStateMachine', { stateMachineArn: sm, definition: JSON.stringify({ ...reminder, Comment: `${reminder.Comment} (v2)` }) });
    const v2 = String((await api(url, 'PublishStateMachineVersion', { stateMachineArn: sm, description: 'second release' })).stateMachineVersionArn);
    await api(url, 'CreateStateMachineAlias', { name: 'prod', description: 'canary: 10% on version 2', routingConfiguration: [{ stateMachineVersionArn: v1, weight: 90 }, { stateMachineVersionArn: v2, weight: 10 }] });
    const orders = String((await api(url, 'CreateStateMachine', { name: 'OrderPipeline', roleArn: ROLE, definition: JSON.stringify({ StartAt: 'Validate', States: { Validate: { Type: 'Pass', Next: 'Ship' }, Ship: { Type: 'Pass', End: true } } }) })).stateMachineArn);
    await api(url, 'CreateStateMachine', { name: 'NightlyReport', type: 'EXPRESS', roleArn: ROLE, definition: JSON.stringify({ StartAt: 'Build', States: { Build: { Type: 'Pass', End: true } } }) });
    const activity = String((await api(url, 'CreateActivity', { name: 'ManagerApproval' })).activityArn);
    const approval = String((await api(url, 'CreateStateMachine', { name: 'ExpenseApproval', roleArn: ROLE, definition: JSON.stringify({ StartAt: 'Manager approves', States: { 'Manager approves': { Type: 'Task', Resource: activity, End: true } } }) })).stateMachineArn);
    await api(url, 'StartExecution', { stateMachineArn: approval, name: 'expense-4711', input: JSON.stringify({ employee: 'Ada', amount: 120.5, currency: 'EUR' }) });

    const both = String((await api(url, 'StartExecution', { stateMachineArn: sm, name: 'cuddle-the-cat', input: JSON.stringify({ delaySeconds: 1, channel: 'both', message: 'Cuddle the cat', email: 'me@example.com', phone: '+15550100' }) })).executionArn);
    const byEmail = String((await api(url, 'StartExecution', { stateMachineArn: sm, name: 'by-email', input: JSON.stringify({ delaySeconds: 0, channel: 'email', message: 'Cuddle the cat', email: 'me@example.com' }) })).executionArn);
    await api(url, 'StartExecution', { stateMachineArn: sm, name: 'by-pigeon', input: JSON.stringify({ delaySeconds: 0, channel: 'pigeon', message: 'Cuddle the cat' }) });
    const fanOut = String((await api(url, 'CreateStateMachine', { name: 'ResizeImages', roleArn: ROLE, definition: JSON.stringify({
      StartAt: 'Resize each', States: { 'Resize each': { Type: 'Map', ItemsPath: '$.images', MaxConcurrency: 4,
        ItemProcessor: { ProcessorConfig: { Mode: 'DISTRIBUTED', ExecutionType: 'STANDARD' }, StartAt: 'Resize', States: { Resize: { Type: 'Pass', Parameters: { 'image.$': '$', width: 640 }, End: true } } },
        End: true } },
    }) })).stateMachineArn);
    const fanOutRun = String((await api(url, 'StartExecution', { stateMachineArn: fanOut, name: 'resize-batch-1', input: JSON.stringify({ images: Array.from({ length: 24 }, (_, i) => `photo-${i}.jpg`) }) })).executionArn);
    const started = Date.now();
    const N = 10_000;
    for (let i = 0; i < N; i += 200) {
      await Promise.all(Array.from({ length: 200 }, (_, k) => api(url, 'StartExecution', { stateMachineArn: orders, name: `order-${String(i + k).padStart(5, '0')}`, input: JSON.stringify({ order: i + k }) })));
    }
    console.log(`seeded ${N} executions in ${Date.now() - started} ms`);
    await new Promise((r) => setTimeout(r, 1500));

    const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: FLAGS });
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 });
    const shot = async (name: string) => { await settle(page); await page.screenshot({ path: join(OUT, `${name}.png`), fullPage: false }); console.log(`wrote docs/screenshots/${name}.png`); };

    await page.goto(`${url}/#/state-machines`);
    await shot('state-machines');
    await page.goto(`${url}/#/designer/${encodeURIComponent(sm)}`);
    await page.locator('[data-testid="graph-node"][data-state-name="Which channel?"]').click();
    await shot('designer');
    await page.getByRole('tab', { name: 'Definition code' }).click();
    await shot('designer-code');
    await page.goto(`${url}/#/execution/${encodeURIComponent(both)}`);
    await page.locator('.sw-page-head [data-status="SUCCEEDED"]').waitFor();
    await page.locator('[data-testid="graph-node"][data-state-name="Email and SMS"]').click();
    await shot('execution-graph');
    await page.goto(`${url}/#/execution/${encodeURIComponent(byEmail)}`);
    await page.locator('.sw-page-head [data-status="SUCCEEDED"]').waitFor();
    await page.locator('[data-testid="graph-node"][data-state-name="Send email"]').click();
    await shot('step-inspector');
    await page.goto(`${url}/#/execution/${encodeURIComponent(both)}`);
    await page.locator('.sw-page-head [data-status="SUCCEEDED"]').waitFor();
    await page.getByRole('tab', { name: 'Table view' }).click();
    await shot('execution-table');
    await page.getByRole('tab', { name: 'Events' }).click();
    await shot('execution-events');
    const t0 = Date.now();
    await page.goto(`${url}/#/state-machine/${encodeURIComponent(orders)}`);
    await page.getByTestId('execution-row').nth(49).waitFor();
    console.log(`executions page with ${N} executions: first page of 50 shown in ${Date.now() - t0} ms`);
    await shot('executions');
    await page.getByRole('button', { name: 'Start execution' }).click();
    await shot('start-execution');
    await page.keyboard.press('Escape');
    await page.goto(`${url}/#/state-machine/${encodeURIComponent(sm)}`);
    await page.getByRole('tab', { name: 'Versions and aliases' }).click();
    await shot('versions');
    await page.goto(`${url}/#/executions`);
    await page.getByTestId('execution-row').first().waitFor();
    await shot('all-executions');
    await page.goto(`${url}/#/designer/new/blank`);
    await page.getByRole('button', { name: 'Add Pass state' }).click();
    await page.getByRole('button', { name: 'Add Choice state' }).click();
    await page.getByRole('button', { name: 'Add Wait state' }).click();
    await shot('designer-diagnostics');
    const runs = (await api(url, 'ListMapRuns', { executionArn: fanOutRun })).mapRuns as Array<{ mapRunArn: string }>;
    await page.goto(`${url}/#/map-run/${encodeURIComponent(runs[0]?.mapRunArn ?? '')}`);
    await page.getByTestId('execution-row').first().waitFor();
    await shot('map-run');
    await page.goto(`${url}/#/activities`);
    await page.getByTestId('waiting-task').first().waitFor();
    await shot('activities');
    await browser.close();
  } finally {
    await server.close();
    rmSync(data, { recursive: true, force: true });
  }
}

await main();
