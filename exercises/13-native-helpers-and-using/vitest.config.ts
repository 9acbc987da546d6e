import { exerciseConfig } from '@iterlings/testing/vitest'

export default exerciseConfig(import.meta.url)
