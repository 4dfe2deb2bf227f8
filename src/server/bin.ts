#!/usr/bin/env node
import { startServer } from './start-server.js';

startServer();
