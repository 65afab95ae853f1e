import { randomBytes } from 'node:crypto'

// A fresh database on the MongoDB server for each test file (MongoDB creates it on first write).
const url = new URL(process.env.TEST_MONGODB_URL as string)
url.pathname = `/careerscope_t_${randomBytes(6).toString('hex')}`
process.env.DATABASE_URI = url.toString()
