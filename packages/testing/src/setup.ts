// Registered through each exercise's vitest config (setupFiles), so every test file has the matchers.
import { expect } from 'vitest'
import { iterationMatchers } from './matchers.ts'

expect.extend(iterationMatchers)
