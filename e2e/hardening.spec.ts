import { tabsHardening } from './hardening/tabs.ts';

tabsHardening();
