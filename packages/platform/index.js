// Importing the package fills in what the running Node lacks (fill.cjs).
import './fill.cjs'
