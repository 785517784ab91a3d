import { messagesHardening } from './hardening/messages.ts';

messagesHardening();
