import { pageHardening } from './hardening/page.ts';

pageHardening();
