// The gateway's web chat: a small Direct Line 3.0 client (REST to send, WebSocket to receive,
// polling when the socket is down). Any Direct Line client works against the same endpoints.
const instance = document.querySelector('meta[name="gb-instance"]').content;
const base = `/directline/${encodeURIComponent(instance)}/v3/directline`;
const transcript = document.getElementById('transcript');
const statusLine = document.getElementById('status');
const form = document.getElementById('composer');
const input = document.getElementById('input');
const sendButton = document.getElementById('send');

const state = {
  conversationId: '',
  token: '',
  watermark: '',
  socket: null,
  poller: null,
  rendered: new Set(),
  pending: new Map(),
};
const storageKey = `gb-webchat:${instance}`;

function setStatus(text) {
  statusLine.textContent = text;
}

async function call(method, path, body) {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: {
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(state.token ? { authorization: `Bearer ${state.token}` } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const payload = await response.json().catch(() => ({}));
  if (!response.ok)
    throw Object.assign(new Error(payload?.error?.message ?? `HTTP ${response.status}`), { status: response.status });
  return payload;
}

function bubble(text, who) {
  const item = document.createElement('li');
  item.className = `msg msg--${who}`;
  item.textContent = text;
  transcript.appendChild(item);
  transcript.scrollTop = transcript.scrollHeight;
  return item;
}

function render(activity) {
  if (activity.type !== 'message' || state.rendered.has(activity.id)) return;
  state.rendered.add(activity.id);
  const clientId = activity.channelData?.clientActivityID;
  if (clientId && state.pending.has(clientId)) {
    const item = state.pending.get(clientId);
    state.pending.delete(clientId);
    item.classList.remove('msg--pending', 'msg--failed');
    return;
  }
  const who = activity.from?.role === 'user' ? 'user' : 'bot';
  bubble(activity.text ?? activity.attachments?.map((a) => a.name ?? a.contentUrl).join('\n') ?? '', who);
  const actions = activity.suggestedActions?.actions ?? [];
  if (actions.length > 0) {
    const row = document.createElement('li');
    row.className = 'actions';
    for (const action of actions) {
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = action.title;
      button.addEventListener('click', () => send(String(action.value ?? action.title)));
      row.appendChild(button);
    }
    transcript.appendChild(row);
  }
}

function receive(set) {
  for (const activity of set.activities ?? []) render(activity);
  if (set.watermark !== undefined) state.watermark = set.watermark;
}

async function poll() {
  try {
    receive(
      await call(
        'GET',
        `/conversations/${state.conversationId}/activities?watermark=${encodeURIComponent(state.watermark)}`,
      ),
    );
  } catch (err) {
    setStatus(`offline: ${err.message}`);
  }
}

function connectStream(streamUrl) {
  const socket = new WebSocket(streamUrl);
  state.socket = socket;
  socket.addEventListener('open', () => {
    setStatus('online');
    clearInterval(state.poller);
    state.poller = null;
  });
  socket.addEventListener('message', (event) => {
    if (event.data) receive(JSON.parse(event.data));
  });
  socket.addEventListener('close', () => {
    if (state.socket !== socket) return;
    setStatus('reconnecting…');
    if (!state.poller) state.poller = setInterval(poll, 1000);
    setTimeout(reconnect, 3000);
  });
}

async function reconnect() {
  try {
    const conversation = await call(
      'GET',
      `/conversations/${state.conversationId}?watermark=${encodeURIComponent(state.watermark)}`,
    );
    state.token = conversation.token;
    connectStream(conversation.streamUrl);
  } catch (err) {
    setStatus(`offline: ${err.message}`);
    setTimeout(reconnect, 5000);
  }
}

async function send(text) {
  const clientActivityID = `${Date.now()}${Math.random().toString(36).slice(2, 8)}`;
  const item = bubble(text, 'user');
  item.classList.add('msg--pending');
  state.pending.set(clientActivityID, item);
  await post(text, clientActivityID, item);
}

async function post(text, clientActivityID, item) {
  try {
    await call('POST', `/conversations/${state.conversationId}/activities`, {
      type: 'message',
      from: { id: 'user' },
      text,
      channelData: { clientActivityID, clientTimestamp: new Date().toISOString() },
    });
  } catch (err) {
    item.classList.add('msg--failed');
    const retry = document.createElement('button');
    retry.className = 'msg__retry';
    retry.textContent = `not sent (${err.message}); retry`;
    retry.addEventListener('click', () => {
      retry.remove();
      item.classList.remove('msg--failed');
      void post(text, clientActivityID, item);
    });
    item.appendChild(retry);
  }
}

async function start() {
  if (!instance) {
    setStatus('no bot deployed: run gb deploy <name.gbai>');
    return;
  }
  document.getElementById('title').textContent = instance;
  const saved = JSON.parse(sessionStorage.getItem(storageKey) ?? 'null');
  try {
    if (saved) {
      Object.assign(state, { conversationId: saved.conversationId, token: saved.token });
      await reconnect();
    } else {
      const conversation = await call('POST', '/conversations');
      Object.assign(state, { conversationId: conversation.conversationId, token: conversation.token });
      connectStream(conversation.streamUrl);
    }
  } catch (err) {
    if (saved) {
      sessionStorage.removeItem(storageKey);
      state.token = '';
      return start();
    }
    setStatus(`cannot start: ${err.message}`);
    return;
  }
  sessionStorage.setItem(storageKey, JSON.stringify({ conversationId: state.conversationId, token: state.token }));
  setInterval(
    async () => {
      try {
        state.token = (await call('POST', '/tokens/refresh')).token;
        sessionStorage.setItem(
          storageKey,
          JSON.stringify({ conversationId: state.conversationId, token: state.token }),
        );
      } catch (err) {
        setStatus(`token refresh failed: ${err.message}`);
      }
    },
    15 * 60 * 1000,
  );
  input.disabled = false;
  sendButton.disabled = false;
  input.focus();
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const text = input.value.trim();
  if (!text) return;
  input.value = '';
  void send(text);
});

void start();
