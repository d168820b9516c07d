import { CreateActivityCommand, CreateStateMachineCommand, GetActivityTaskCommand, ListMapRunsCommand, SendTaskFailureCommand, ListStateMachineAliasesCommand, ListStateMachineVersionsCommand, SendTaskSuccessCommand, StartExecutionCommand, DescribeExecutionCommand, DescribeStateMachineCommand, ListExecutionsCommand } from '@aws-sdk/client-sfn';
import type { Browser, Page } from 'playwright-core';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ROLE, type RealServer } from '../integration/real-server.js';
import { hasChromium, newPage, useServerAndBrowser } from './browser.js';

/**
 * The web console in a real browser (Debian's chromium through playwright-core) against the
 * real server: design by clicking, save, run, watch, inspect; code editor and graph in step;
 * diagnostics pinned on states.
 */
describe.skipIf(!hasChromium)('web console', () => {
  const env = useServerAndBrowser();
  let s: RealServer;
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];
  beforeAll(() => {
    s = env.server();
    browser = env.browser();
  });
  afterEach(async () => {
    await page?.close();
    expect(errors).toEqual([]);
    errors.length = 0;
  });

  const node = (name: string) => page.locator(`[data-testid="graph-node"][data-state-name="${name}"]`);
  const graphNames = async () => (await page.locator('[data-testid="graph-node"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-state-name')))).sort();

  async function setCode(text: string): Promise<void> {
    await page.getByRole('tab', { name: 'Definition code' }).click();
    const editor = page.locator('[data-testid="code-definition-code"] .cm-content');
    await editor.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    await editor.evaluate((el, t) => {
      // Typing a long text key by key is slow and auto-closes brackets; paste it instead.
      const data = new DataTransfer();
      data.setData('text/plain', t);
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, text);
  }

  it('builds a machine by clicking, saves it, runs it, and shows each step in the graph', async () => {
    page = await newPage(browser, errors);
    await page.goto(`${s.url}/#/designer/new/blank`);
    await page.getByRole('button', { name: 'Add Pass state' }).click();
    await expect.poll(graphNames).toEqual(['Pass']);
    await page.getByRole('button', { name: 'Add Choice state' }).click();
    await page.getByRole('button', { name: 'Add Wait state' }).click();
    await page.getByRole('button', { name: 'Add Succeed state' }).click();
    await expect.poll(graphNames).toEqual(['Choice', 'Pass', 'Succeed', 'Wait']);

    // Two branches on the Choice: wait when $.go is "wait", otherwise straight to Succeed.
    await node('Choice').click();
    await page.getByRole('button', { name: 'Add rule' }).click();
    await page.locator('#rule-0-Rule\\ \\(without\\ Next\\)').fill('{"Variable": "$.go", "StringEquals": "wait"}');
    await page.locator('#rule-0-next').selectOption('Wait');
    await page.locator('#choice-default').selectOption('Succeed');
    await node('Wait').click();
    await page.locator('#field-Wait-Seconds').fill('1');
    await page.locator('#next-state').selectOption('Succeed');
    await expect.poll(() => page.getByTestId('validation-summary').textContent()).toBe('✓Valid');
    await expect.poll(() => page.locator('[data-edge-kind="choice"][data-to*="Wait"]').count()).toBe(1);
    await expect.poll(() => page.locator('[data-edge-kind="default"]').count()).toBe(1);

    await page.locator('#machine-name').fill('DesignedByClicking');
    await page.getByRole('button', { name: 'Create' }).click();
    await page.waitForURL(/#\/designer\/arn/);
    const arn = decodeURIComponent(page.url().split('#/designer/')[1] ?? '');
    const saved = await s.client.send(new DescribeStateMachineCommand({ stateMachineArn: arn }));
    expect(JSON.parse(saved.definition ?? '{}').States.Choice.Default).toBe('Succeed');

    await page.getByRole('button', { name: 'Start execution' }).click();
    const input = page.locator('[data-testid="code-execution-input"] .cm-content');
    await input.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    await page.keyboard.type('{"go": "wait"');
    await page.getByRole('dialog').getByRole('button', { name: 'Start execution' }).click();
    await page.waitForURL(/#\/execution\//);

    // Live: the Wait runs for a second; the graph follows it to the end.
    await expect.poll(() => node('Wait').getAttribute('data-status'), { timeout: 10_000 }).toBe('SUCCEEDED');
    await expect.poll(() => node('Succeed').getAttribute('data-status'), { timeout: 10_000 }).toBe('SUCCEEDED');
    await expect.poll(() => page.locator('.sw-page-head [data-status]').getAttribute('data-status')).toBe('SUCCEEDED');
    const executionArn = decodeURIComponent(page.url().split('#/execution/')[1] ?? '');
    expect((await s.client.send(new DescribeExecutionCommand({ executionArn }))).status).toBe('SUCCEEDED');

    await node('Pass').click();
    const inspector = page.getByTestId('step-inspector');
    await expect.poll(() => inspector.getByTestId('json-state-input').textContent()).toBe('{\n  "go": "wait"\n}');
    await expect.poll(() => inspector.getByTestId('json-state-output').textContent()).toBe('{\n  "go": "wait"\n}');

    // Keyboard: a state is focusable and Enter selects it.
    await node('Wait').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => inspector.locator('h2').textContent()).toBe('Wait');
    expect(await node('Wait').getAttribute('aria-pressed')).toBe('true');
    expect(await node('Wait').getAttribute('aria-label')).toBe('Wait, Wait, Succeeded');

    await page.getByRole('tab', { name: 'Table view' }).click();
    expect(await page.getByTestId('step-row').count()).toBe(4);
    await page.getByRole('tab', { name: 'Events' }).click();
    expect(await page.getByTestId('event-row').first().textContent()).toContain('ExecutionStarted');
  });

  it('follows the code editor in the graph, and pins a diagnostic on its state', async () => {
    page = await newPage(browser, errors);
    await page.goto(`${s.url}/#/designer/new/blank`);
    await setCode(JSON.stringify({ StartAt: 'First', States: { First: { Type: 'Pass', Next: 'Second' }, Second: { Type: 'Succeed' } } }, null, 2));
    await expect.poll(graphNames).toEqual(['First', 'Second']);
    await expect.poll(() => page.locator('[data-edge-kind="next"][data-to*="Second"]').count()).toBe(1);

    await setCode(JSON.stringify({ StartAt: 'First', States: { First: { Type: 'Pass', Next: 'Nowhere' }, Second: { Type: 'Succeed' } } }, null, 2));
    // The diagnostic is pinned on the state it belongs to (Second, now unreachable, has its own).
    await expect.poll(() => node('First').locator('.sw-graph-badge').getAttribute('aria-label')).toContain('MISSING_TRANSITION_TARGET');
    expect(await node('First').locator('.sw-graph-badge').getAttribute('aria-label')).toContain('Nowhere');
    expect(await node('Second').locator('.sw-graph-badge').getAttribute('aria-label')).toContain('State "Second" is not reachable');
    expect(await node('Second').locator('.sw-graph-badge').getAttribute('aria-label')).not.toContain('Nowhere');
    await expect.poll(() => page.getByTestId('validation-summary').textContent()).toMatch(/error/);
    const problems = await page.locator('section[aria-label="Problems"]').textContent();
    expect(problems).toContain('MISSING_TRANSITION_TARGET');
    expect(problems).toContain('/States/First/Next');
    await expect.poll(() => page.locator('.cm-lintRange-error').count()).toBeGreaterThan(0);
  });

  it('connects two states by dragging in the graph, with undo and redo', async () => {
    page = await newPage(browser, errors);
    await page.goto(`${s.url}/#/designer/new/blank`);
    await setCode(JSON.stringify({ StartAt: 'First', States: { First: { Type: 'Pass', End: true }, Second: { Type: 'Succeed' } } }, null, 2));
    await expect.poll(graphNames).toEqual(['First', 'Second']);
    await expect.poll(() => page.getByTestId('validation-summary').textContent()).toMatch(/error/);
    const edgesToSecond = () => page.locator('[data-edge-kind="next"][data-to*="Second"]').count();
    expect(await edgesToSecond()).toBe(0);

    const handle = await node('First').locator('.sw-graph-handle').boundingBox();
    const target = await node('Second').boundingBox();
    if (!handle || !target) throw new Error('graph not laid out');
    await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
    await page.mouse.down();
    await page.mouse.move(target.x + target.width / 2, target.y + target.height / 2, { steps: 8 });
    await page.mouse.up();
    await expect.poll(edgesToSecond).toBe(1);
    await expect.poll(() => page.getByTestId('validation-summary').textContent()).toBe('✓Valid');

    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(edgesToSecond).toBe(0);
    await page.getByRole('button', { name: 'Redo' }).click();
    await expect.poll(edgesToSecond).toBe(1);
    await page.getByRole('tab', { name: 'Definition code' }).click();
    expect(JSON.parse(await page.locator('[data-testid="code-definition-code"] .cm-content').innerText()).States.First).toEqual({ Type: 'Pass', Next: 'Second' });
  });

  it('keeps a definition\'s meaning through the designer untouched (load, save)', async () => {
    const definition = {
      Comment: 'round trip', QueryLanguage: 'JSONPath', StartAt: 'Fan',
      States: {
        Fan: { Type: 'Parallel', Branches: [
          { StartAt: 'A', States: { A: { Type: 'Pass', Result: { x: 1 }, ResultPath: '$.a', End: true } } },
          { StartAt: 'M', States: { M: { Type: 'Map', ItemsPath: '$.items', ItemProcessor: { ProcessorConfig: { Mode: 'INLINE' }, StartAt: 'I', States: { I: { Type: 'Pass', End: true } } }, End: true } } },
        ], Catch: [{ ErrorEquals: ['States.ALL'], Next: 'Oops' }], Next: 'Pick' },
        Pick: { Type: 'Choice', Choices: [{ And: [{ Variable: '$.n', NumericGreaterThan: 1 }, { Not: { Variable: '$.s', StringEquals: 'x' } }], Next: 'Done' }], Default: 'Oops' },
        Done: { Type: 'Succeed' },
        Oops: { Type: 'Fail', Error: 'E', Cause: 'C' },
      },
    };
    // 1.0 stays 1.0 on AWS (it is in the output as written): an untouched save keeps the text.
    const text = JSON.stringify(definition).replace('"Result":{"x":1}', '"Result":{"x":1.0}');
    expect(text).toContain('1.0');
    const created = await s.client.send(new CreateStateMachineCommand({ name: 'round-trip', roleArn: ROLE, definition: text }));
    page = await newPage(browser, errors);
    await page.goto(`${s.url}/#/designer/${encodeURIComponent(created.stateMachineArn ?? '')}`);
    await expect.poll(graphNames).toEqual(['A', 'Done', 'Fan', 'I', 'M', 'Oops', 'Pick']);
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/^Saved revision/);
    const saved = await s.client.send(new DescribeStateMachineCommand({ stateMachineArn: created.stateMachineArn }));
    expect(saved.definition).toBe(text);
    expect(saved.revisionId).toBeDefined();

    // An edit re-serializes the document: the meaning stays, whatever the formatting.
    await node('Done').click();
    await page.locator('#field-Done-Comment').fill('the end');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(async () => JSON.parse((await s.client.send(new DescribeStateMachineCommand({ stateMachineArn: created.stateMachineArn }))).definition ?? '{}').States.Done)
      .toEqual({ Type: 'Succeed', Comment: 'the end' });
    const edited = JSON.parse((await s.client.send(new DescribeStateMachineCommand({ stateMachineArn: created.stateMachineArn }))).definition ?? '{}');
    expect({ ...edited, States: { ...edited.States, Done: { Type: 'Succeed' } } }).toEqual(definition);
  });

  it('lists executions page by page and finds one by its input', async () => {
    const created = await s.client.send(new CreateStateMachineCommand({ name: 'many', roleArn: ROLE, definition: JSON.stringify({ StartAt: 'P', States: { P: { Type: 'Pass', End: true } } }) }));
    const arn = created.stateMachineArn ?? '';
    const post = (i: number) => fetch(s.url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-amz-json-1.0', 'X-Amz-Target': 'AWSStepFunctions.StartExecution' },
      body: JSON.stringify({ stateMachineArn: arn, name: `run-${String(i).padStart(5, '0')}`, input: JSON.stringify({ order: `order-${i}` }) }),
    });
    for (let i = 0; i < 120; i += 20) await Promise.all(Array.from({ length: 20 }, (_, k) => post(i + k)));
    await expect.poll(async () => (await s.client.send(new ListExecutionsCommand({ stateMachineArn: arn, statusFilter: 'SUCCEEDED', maxResults: 1000 }))).executions?.length).toBe(120);
    page = await newPage(browser, errors);
    await page.goto(`${s.url}/#/state-machine/${encodeURIComponent(arn)}`);
    await expect.poll(() => page.getByTestId('execution-row').count()).toBe(50);
    expect(await page.getByTestId('execution-row').first().textContent()).toContain('run-00119');
    await page.getByRole('button', { name: 'Next' }).click();
    await expect.poll(() => page.getByTestId('execution-row').first().textContent()).toContain('run-00069');
    await page.getByRole('searchbox', { name: 'Search executions' }).fill('order-7"');
    await expect.poll(() => page.getByTestId('execution-row').allTextContents()).toEqual([expect.stringContaining('run-00007')]);
  });
  it('answers a manual approval from the waiting tasks page, and shows a failure with its cause', async () => {
    const activity = await s.client.send(new CreateActivityCommand({ name: 'browser-approval' }));
    const sm = await s.client.send(new CreateStateMachineCommand({ name: 'approval', roleArn: ROLE, definition: JSON.stringify({
      StartAt: 'Approve', States: { Approve: { Type: 'Task', Resource: activity.activityArn, End: true } },
    }) }));
    const ok = await s.client.send(new StartExecutionCommand({ stateMachineArn: sm.stateMachineArn, name: 'approve-me', input: '{"amount": 7}' }));
    const no = await s.client.send(new StartExecutionCommand({ stateMachineArn: sm.stateMachineArn, name: 'reject-me', input: '{"amount": 9000}' }));
    page = await newPage(browser, errors);
    await page.goto(`${s.url}/#/activities`);
    const row = (name: string) => page.getByTestId('waiting-task').filter({ hasText: name });
    await expect.poll(() => row('approve-me').count()).toBe(1);
    expect(await row('approve-me').textContent()).toContain('Approve');

    await row('approve-me').getByRole('button', { name: 'Send success' }).click();
    await page.getByLabel('Output (JSON)').fill('{"approved": true}');
    await page.getByRole('dialog').getByRole('button', { name: 'Send success' }).click();
    await expect.poll(() => row('approve-me').count()).toBe(0);
    await expect.poll(async () => (await s.client.send(new DescribeExecutionCommand({ executionArn: ok.executionArn }))).output).toBe('{"approved":true}');

    await row('reject-me').getByRole('button', { name: 'Send failure' }).click();
    await page.getByLabel('Error').fill('TooExpensive');
    await page.getByLabel('Cause').fill('Over the limit');
    await page.getByRole('dialog').getByRole('button', { name: 'Send failure' }).click();
    await expect.poll(async () => (await s.client.send(new DescribeExecutionCommand({ executionArn: no.executionArn }))).status).toBe('FAILED');

    await page.goto(`${s.url}/#/execution/${encodeURIComponent(no.executionArn ?? '')}`);
    await expect.poll(() => node('Approve').getAttribute('data-status')).toBe('FAILED');
    await expect.poll(() => page.locator('section[aria-label="Error"]').textContent()).toContain('TooExpensive');
    await node('Approve').click();
    await expect.poll(() => page.getByTestId('step-inspector').textContent()).toContain('Over the limit');
  });
  it('shows a Distributed Map run with its counters and children, and a child with its own graph', async () => {
    const sm = await s.client.send(new CreateStateMachineCommand({ name: 'fan-out', roleArn: ROLE, definition: JSON.stringify({
      StartAt: 'Each', States: { Each: { Type: 'Map', ItemProcessor: { ProcessorConfig: { Mode: 'DISTRIBUTED', ExecutionType: 'STANDARD' }, StartAt: 'Double', States: { Double: { Type: 'Pass', End: true } } }, End: true } },
    }) }));
    const started = await s.client.send(new StartExecutionCommand({ stateMachineArn: sm.stateMachineArn, input: '[1, 2, 3]' }));
    await expect.poll(async () => (await s.client.send(new DescribeExecutionCommand({ executionArn: started.executionArn }))).status).toBe('SUCCEEDED');
    const mapRunArn = (await s.client.send(new ListMapRunsCommand({ executionArn: started.executionArn }))).mapRuns?.[0]?.mapRunArn ?? '';
    page = await newPage(browser, errors);
    await page.goto(`${s.url}/#/execution/${encodeURIComponent(started.executionArn ?? '')}`);
    await expect.poll(() => page.locator('section[aria-label="Map Runs"]').textContent()).toContain('Succeeded');
    await page.locator('section[aria-label="Map Runs"] a').click();
    await expect.poll(() => decodeURIComponent(page.url())).toContain(`#/map-run/${mapRunArn}`);
    await expect.poll(() => page.getByTestId('execution-row').count()).toBe(3);
    const counters = await page.locator('section[aria-label="Counters"]').textContent();
    expect(counters).toContain('Child executions');
    await page.getByTestId('execution-row').first().locator('a').click();
    await expect.poll(graphNames).toEqual(['Double']);
    await expect.poll(() => node('Double').getAttribute('data-status')).toBe('SUCCEEDED');
    expect(await page.locator('.sw-grid').textContent()).toContain('Map Run (parent)');
  });
  it('updates an open execution page live while the execution runs (no reload)', async () => {
    const activity = await s.client.send(new CreateActivityCommand({ name: 'live-work' }));
    const sm = await s.client.send(new CreateStateMachineCommand({ name: 'live', roleArn: ROLE, definition: JSON.stringify({
      StartAt: 'Work', States: { Work: { Type: 'Task', Resource: activity.activityArn, Next: 'Done' }, Done: { Type: 'Pass', End: true } },
    }) }));
    const started = await s.client.send(new StartExecutionCommand({ stateMachineArn: sm.stateMachineArn, input: '{}' }));
    page = await newPage(browser, errors);
    await page.goto(`${s.url}/#/execution/${encodeURIComponent(started.executionArn ?? '')}`);
    await expect.poll(() => node('Work').getAttribute('data-status')).toBe('IN_PROGRESS');
    expect(await node('Done').getAttribute('data-status')).toBe('NOT_STARTED');
    expect(await page.locator('.sw-page-head [data-status]').getAttribute('data-status')).toBe('RUNNING');

    const task = await s.client.send(new GetActivityTaskCommand({ activityArn: activity.activityArn, workerName: 'browser-test' }));
    await s.client.send(new SendTaskSuccessCommand({ taskToken: task.taskToken, output: '{"done":true}' }));
    await expect.poll(() => node('Done').getAttribute('data-status')).toBe('SUCCEEDED');
    expect(await node('Work').getAttribute('data-status')).toBe('SUCCEEDED');
    await expect.poll(() => page.locator('.sw-page-head [data-status]').getAttribute('data-status')).toBe('SUCCEEDED');
  });
  it('creates from a template and from an imported .asl.yaml file, and exports a definition', async () => {
    page = await newPage(browser, errors);
    await page.goto(`${s.url}/#/state-machines`);
    await page.getByRole('button', { name: 'Create state machine' }).click();
    await page.getByRole('dialog').getByRole('link', { name: /Reminder/ }).click();
    await expect.poll(graphNames).toContain('Choose channel');
    await expect.poll(() => page.getByTestId('validation-summary').textContent()).toBe('✓Valid');

    await page.goto(`${s.url}/#/state-machines`);
    await page.getByRole('button', { name: 'Create state machine' }).click();
    const yaml = ['StartAt: Hello', 'States:', '  Hello:', '    Type: Pass', '    Result:', '      greeting: hi', '    End: true', ''].join('\n');
    await page.getByLabel(/Import a definition/).setInputFiles({ name: 'greeter.asl.yaml', mimeType: 'application/yaml', buffer: Buffer.from(yaml) });
    await page.waitForURL(/#\/designer\/new\/import/);
    await expect.poll(graphNames).toEqual(['Hello']);
    expect(await page.locator('#machine-name').inputValue()).toBe('greeter');
    await page.getByRole('button', { name: 'Create' }).click();
    await page.waitForURL(/#\/designer\/arn/);
    const arn = decodeURIComponent(page.url().split('#/designer/')[1] ?? '');
    const saved = await s.client.send(new DescribeStateMachineCommand({ stateMachineArn: arn }));
    expect(JSON.parse(saved.definition ?? '{}')).toEqual({ StartAt: 'Hello', States: { Hello: { Type: 'Pass', Result: { greeting: 'hi' }, End: true } } });

    await page.goto(`${s.url}/#/state-machine/${encodeURIComponent(arn)}`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export' }).click()]);
    expect(download.suggestedFilename()).toBe('greeter.asl.json');
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks).toString('utf8')).toBe(saved.definition);
  });
  it('publishes a version from the designer, routes an alias to it, and starts an execution through the alias', async () => {
    const created = await s.client.send(new CreateStateMachineCommand({ name: 'versioned', roleArn: ROLE, definition: JSON.stringify({ StartAt: 'P', States: { P: { Type: 'Pass', End: true } } }) }));
    const arn = created.stateMachineArn ?? '';
    page = await newPage(browser, errors);
    await page.goto(`${s.url}/#/designer/${encodeURIComponent(arn)}`);
    await expect.poll(graphNames).toEqual(['P']);
    await page.getByRole('button', { name: 'Publish version' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toBe('Published version 1.');
    const versions = (await s.client.send(new ListStateMachineVersionsCommand({ stateMachineArn: arn }))).stateMachineVersions ?? [];
    expect(versions.map((v) => v.stateMachineVersionArn)).toEqual([`${arn}:1`]);

    await page.goto(`${s.url}/#/state-machine/${encodeURIComponent(arn)}`);
    await page.getByRole('tab', { name: 'Versions and aliases' }).click();
    await page.getByRole('button', { name: 'Create alias' }).click();
    await page.getByLabel('Name').fill('live');
    await page.getByRole('dialog').getByRole('button', { name: 'Create alias' }).click();
    await expect.poll(() => page.locator('section[aria-label="Aliases"]').textContent()).toContain('Version 1: 100%');
    const aliases = (await s.client.send(new ListStateMachineAliasesCommand({ stateMachineArn: arn }))).stateMachineAliases ?? [];
    expect(aliases.map((a) => a.stateMachineAliasArn)).toEqual([`${arn}:live`]);

    await page.getByRole('button', { name: 'Start execution' }).first().click();
    await page.getByLabel('Version or alias').selectOption(`${arn}:live`);
    await page.getByRole('dialog').getByRole('button', { name: 'Start execution' }).click();
    await page.waitForURL(/#\/execution\//);
    const executionArn = decodeURIComponent(page.url().split('#/execution/')[1] ?? '');
    await expect.poll(async () => (await s.client.send(new DescribeExecutionCommand({ executionArn }))).status).toBe('SUCCEEDED');
    expect((await s.client.send(new DescribeExecutionCommand({ executionArn }))).stateMachineAliasArn).toBe(`${arn}:live`);
    await expect.poll(() => page.locator('section[aria-label="Execution details"]').textContent()).toContain('alias live');
  });
  it('stops a running execution, and redrives a failed one from its page', async () => {
    const activity = await s.client.send(new CreateActivityCommand({ name: 'redrive-work' }));
    const sm = await s.client.send(new CreateStateMachineCommand({ name: 'stop-redrive', roleArn: ROLE, definition: JSON.stringify({
      StartAt: 'Work', States: { Work: { Type: 'Task', Resource: activity.activityArn, End: true } },
    }) }));
    const status = async (executionArn: string | undefined) => (await s.client.send(new DescribeExecutionCommand({ executionArn }))).status;
    const header = () => page.locator('.sw-page-head [data-status]').getAttribute('data-status');

    const toStop = await s.client.send(new StartExecutionCommand({ stateMachineArn: sm.stateMachineArn, name: 'to-stop' }));
    page = await newPage(browser, errors);
    await page.goto(`${s.url}/#/execution/${encodeURIComponent(toStop.executionArn ?? '')}`);
    await expect.poll(header).toBe('RUNNING');
    await page.getByRole('button', { name: 'Stop execution' }).click();
    await expect.poll(header).toBe('ABORTED');
    expect(await status(toStop.executionArn)).toBe('ABORTED');
    expect(await page.getByRole('button', { name: 'Stop execution' }).isDisabled()).toBe(true);

    const toRedrive = await s.client.send(new StartExecutionCommand({ stateMachineArn: sm.stateMachineArn, name: 'to-redrive' }));
    const first = await s.client.send(new GetActivityTaskCommand({ activityArn: activity.activityArn }));
    await s.client.send(new SendTaskFailureCommand({ taskToken: first.taskToken, error: 'Flaky', cause: 'first try' }));
    await expect.poll(() => status(toRedrive.executionArn)).toBe('FAILED');
    await page.goto(`${s.url}/#/execution/${encodeURIComponent(toRedrive.executionArn ?? '')}`);
    await expect.poll(header).toBe('FAILED');
    await page.getByRole('button', { name: 'Redrive' }).click();
    await expect.poll(() => status(toRedrive.executionArn)).toBe('RUNNING');
    const second = await s.client.send(new GetActivityTaskCommand({ activityArn: activity.activityArn }));
    await s.client.send(new SendTaskSuccessCommand({ taskToken: second.taskToken, output: '{"second":"try"}' }));
    await expect.poll(header).toBe('SUCCEEDED');
    expect((await s.client.send(new DescribeExecutionCommand({ executionArn: toRedrive.executionArn }))).redriveCount).toBe(1);
  });
});
