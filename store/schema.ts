/** Timestamps are epoch milliseconds; booleans are 0/1 integers; JSON is text. Same on both databases. */

export interface CustomersTable {
  id: string;
  name: string;
  status: 'active' | 'suspended' | 'cancelled';
  tier: string;
  instance_quota: number;
  /** Messages answered a month; 0: no quota. */
  messages_per_month: number;
  /** Verification codes sent a day; 0: no quota. */
  codes_per_day: number;
  created_at: number;
}

export interface QuotaUsageTable {
  customer_id: string;
  /** `messages` or `codes`. */
  quota: string;
  /** The period counted: `2026-12` (a month) or `2026-12-02` (a day), UTC. */
  period: string;
  used: number;
}

export interface SubscriptionsTable {
  id: string;
  customer_id: string;
  instance_id: string | null;
  external_subscription_id: string | null;
  plan_id: string;
  status: string;
  quantity: number;
  is_free_trial: number;
  last_card_digits: string | null;
  created_at: number;
  updated_at: number;
}

export interface InstancesTable {
  id: string;
  customer_id: string | null;
  name: string;
  title: string;
  description: string | null;
  state: 'active' | 'disabled';
  /** Bumped on every knowledge-base import, so NLP models know when to retrain. */
  kb_version: number;
  created_at: number;
  updated_at: number;
}

export interface InstanceSettingsTable {
  instance_id: string;
  name: string;
  value: string;
  is_secret: number;
}

export interface PackagesTable {
  id: string;
  instance_id: string;
  name: string;
  kind: string;
  checksum: string;
  deployed_at: number;
}

export interface ChannelsTable {
  id: string;
  instance_id: string;
  channel: string;
  provider: string;
  enabled: number;
  settings: string;
  /** AES-256-GCM sealed JSON of the channel's secrets. */
  secrets: string | null;
  healthy: number;
  health_reason: string | null;
  updated_at: number;
}

export interface LogsTable {
  id: string;
  instance_id: string | null;
  kind: string;
  message: string;
  created_at: number;
}

export interface ApplicationsTable {
  id: string;
  key: string;
  name: string;
}

export interface SchedulesTable {
  id: string;
  instance_id: string;
  name: string;
  cron: string;
  dialog: string;
  last_run_at: number | null;
}

export interface SubjectsTable {
  id: string;
  instance_id: string;
  package_id: string | null;
  parent_id: string | null;
  internal_id: string | null;
  title: string;
  description: string | null;
  from_name: string | null;
  to_name: string | null;
  responsible_user_id: string | null;
}

export interface QuestionsTable {
  id: string;
  instance_id: string;
  package_id: string | null;
  subject1: string | null;
  subject2: string | null;
  subject3: string | null;
  subject4: string | null;
  keywords: string | null;
  skip_index: number;
  from_name: string | null;
  to_name: string | null;
  content: string;
  answer_id: string;
}

export interface QuestionAlternatesTable {
  id: string;
  instance_id: string;
  question_id: string;
  content: string;
  created_at: number;
}

export interface AnswersTable {
  id: string;
  instance_id: string;
  package_id: string | null;
  media: string | null;
  format: string;
  content: string;
  next_id: string | null;
  prev_id: string | null;
}

export interface UsersTable {
  id: string;
  instance_id: string;
  channel: string;
  address: string;
  display_name: string | null;
  email: string | null;
  locale: string | null;
  agent_mode: string | null;
  params: string;
  created_at: number;
}

export interface GroupsTable {
  id: string;
  instance_id: string;
  name: string;
}

export interface UserGroupsTable {
  user_id: string;
  group_id: string;
}

export interface AdminValuesTable {
  instance_id: string;
  key: string;
  /** Sealed with the secret key: these held OAuth tokens in the original. */
  value: string;
}

export interface ConversationsTable {
  id: string;
  instance_id: string;
  channel: string;
  conversation_key: string;
  user_id: string | null;
  start_subject_id: string | null;
  rate: number | null;
  feedback: string | null;
  rated_at: number | null;
  started_at: number;
  last_activity_at: number;
}

export interface MessagesTable {
  id: string;
  instance_id: string;
  channel: string;
  conversation_key: string;
  direction: 'in' | 'out';
  kind: string;
  /** The canonical message, as JSON. */
  content: string;
  /** Inbound: the channel's id. Outbound: null until the provider returns one (see provider_message_id). */
  channel_message_id: string | null;
  idempotency_key: string | null;
  provider_message_id: string | null;
  status: string;
  status_rank: number;
  error: string | null;
  created_at: number;
  updated_at: number;
}

export interface WebchatConversationsTable {
  id: string;
  instance_id: string;
  user_id: string;
  created_at: number;
}

export interface WebchatActivitiesTable {
  conversation_id: string;
  /** The Direct Line watermark: increasing per conversation. */
  seq: number;
  activity_id: string;
  idempotency_key: string;
  payload: string;
  created_at: number;
}

export interface UnansweredQuestionsTable {
  id: string;
  instance_id: string;
  channel: string;
  conversation_key: string;
  content: string;
  best_score: number | null;
  /** Set when an operator links the question to an answer (through a question alternate). */
  linked_question_id: string | null;
  created_at: number;
}

export interface NlpModelsTable {
  instance_id: string;
  language: string;
  /** The knowledge base version the model was trained on. */
  kb_version: number;
  /** NLP.js's exported model (JSON). */
  model: string;
  trained_at: number;
}

export interface LlmMemoryTable {
  id: string;
  instance_id: string;
  /** The user, as channel and address. */
  user_key: string;
  role: 'user' | 'assistant';
  content: string;
  created_at: number;
}

export interface HandoffsTable {
  id: string;
  instance_id: string;
  user_channel: string;
  user_conversation: string;
  user_address: string;
  user_name: string | null;
  agent_channel: string;
  agent_address: string;
  started_at: number;
  /** Null while a human has the conversation. */
  ended_at: number | null;
}

export interface DialogsTable {
  instance_id: string;
  /** The file name without `.bas`, upper-cased: what `/name` and Start Dialog refer to. */
  name: string;
  source: string;
  /** The compiled program (JSON). */
  program: string;
  deployed_at: number;
}

export interface DialogSessionsTable {
  instance_id: string;
  channel: string;
  conversation_key: string;
  dialog: string;
  /** The VM state (JSON): position, variables, call stack, what it waits for. */
  state: string;
  status: 'waiting' | 'done';
  /** The inbound message that produced `last_outputs`: a redelivery replays them. */
  last_message_id: string | null;
  last_outputs: string | null;
  updated_at: number;
}

export interface UserParamsTable {
  instance_id: string;
  channel: string;
  user_address: string;
  name: string;
  /** The value (JSON). */
  value: string;
  updated_at: number;
}

export interface DialogRowsTable {
  id: string;
  instance_id: string;
  table_name: string;
  /** The saved values (JSON array). */
  row: string;
  created_at: number;
}

export interface ConversationMenusTable {
  instance_id: string;
  conversation_key: string;
  /** The choices offered (JSON array of {id, title}). */
  choices: string;
  updated_at: number;
}

export interface ConversationReferencesTable {
  instance_id: string;
  channel: string;
  /** The person's address on the channel. */
  address: string;
  /** The channel's own reply address (opaque JSON the adapter wrote). */
  reply_address: string;
  updated_at: number;
}

export interface KnowledgeSynonymsTable {
  instance_id: string;
  package_id: string;
  position: number;
  /** The group's words (JSON array); the first is the one searched. */
  words: string;
}

export interface SourceLeasesTable {
  /** The source read (an adapter's source key). */
  name: string;
  /** The node holding it. */
  owner: string;
  expires_at: number;
}

export interface SourceCheckpointsTable {
  name: string;
  /** How far the source has been read, in the adapter's own terms (IMAP: UIDVALIDITY and last UID). */
  value: string;
  updated_at: number;
}

export interface VerificationsTable {
  id: string;
  instance_id: string;
  /** The number (E.164) the code went to. */
  recipient: string;
  purpose: string | null;
  /** The template language asked for (`pt_BR`), else the instance's. */
  locale: string | null;
  /** Who asked: `api`, `zitadel` or `dialog`. */
  caller: string;
  /** The channels to try, in order (JSON array). */
  channels: string;
  /** The channel being tried now (index into channels). */
  channel_index: number;
  /** HMAC-SHA256 of the code with a key derived from the gateway's key. */
  code_hash: string;
  /** The code (and Zitadel's text) sealed with the gateway's key, only while it is being delivered. */
  sealed: string | null;
  /** The idempotency key of the message carrying the current code. */
  outbound_key: string | null;
  /** pending, verified, expired, locked (no checks left), undeliverable (every channel failed). */
  state: string;
  /** The current send: queued, sent, delivered, read or failed. */
  delivery: string;
  /** What happened on each channel (JSON array of {channel, outcome, reason?, at}). */
  history: string;
  checks: number;
  expires_at: number;
  sent_at: number;
  resend_at: number;
  created_at: number;
  updated_at: number;
}

export interface ApiKeysTable {
  id: string;
  name: string;
  /** HMAC-SHA256 of the key's secret part, with a key derived from the gateway's. */
  secret_hash: string;
  role: string;
  customer_id: string | null;
  instance_id: string | null;
  /** Narrow scopes (JSON array of route areas); empty: everything the role allows. */
  scopes: string;
  created_by: string;
  created_at: number;
  revoked_at: number | null;
  last_used_at: number | null;
}

export interface MessageEventsTable {
  message_id: string;
  status: string;
  error: string | null;
  at: number;
}

export interface InstanceUsageTable {
  instance_id: string;
  /** Bytes of web chat activities stored for the instance. */
  webchat_bytes: number;
}

export interface Database {
  customers: CustomersTable;
  subscriptions: SubscriptionsTable;
  instances: InstancesTable;
  instance_settings: InstanceSettingsTable;
  packages: PackagesTable;
  channels: ChannelsTable;
  logs: LogsTable;
  applications: ApplicationsTable;
  schedules: SchedulesTable;
  subjects: SubjectsTable;
  questions: QuestionsTable;
  question_alternates: QuestionAlternatesTable;
  answers: AnswersTable;
  users: UsersTable;
  groups: GroupsTable;
  user_groups: UserGroupsTable;
  admin_values: AdminValuesTable;
  conversations: ConversationsTable;
  messages: MessagesTable;
  webchat_conversations: WebchatConversationsTable;
  webchat_activities: WebchatActivitiesTable;
  unanswered_questions: UnansweredQuestionsTable;
  nlp_models: NlpModelsTable;
  llm_memory: LlmMemoryTable;
  handoffs: HandoffsTable;
  dialogs: DialogsTable;
  dialog_sessions: DialogSessionsTable;
  dialog_rows: DialogRowsTable;
  user_params: UserParamsTable;
  conversation_menus: ConversationMenusTable;
  conversation_references: ConversationReferencesTable;
  knowledge_synonyms: KnowledgeSynonymsTable;
  source_leases: SourceLeasesTable;
  source_checkpoints: SourceCheckpointsTable;
  verifications: VerificationsTable;
  api_keys: ApiKeysTable;
  quota_usage: QuotaUsageTable;
  message_events: MessageEventsTable;
  instance_usage: InstanceUsageTable;
  data_keys: DataKeysTable;
  knowledge_vectors: KnowledgeVectorsTable;
}

export interface KnowledgeVectorsTable {
  instance_id: string;
  /** The embeddings model that made the vectors. */
  model: string;
  /** The knowledge base version they were made for. */
  kb_version: number;
  /** JSON: [{questionId, text, vector (base64 of float32s)}] for every question and alternate. */
  vectors: string;
  created_at: number;
}

export interface DataKeysTable {
  version: number;
  /** Which gateway key the version is derived from (a fingerprint, never the key). */
  key_fingerprint: string;
  created_at: number;
  /** When every encrypted value was sealed with this version or a later one; null while re-sealing. */
  completed_at: number | null;
}
