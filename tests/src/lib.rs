//! Test support: throwaway PostgreSQL clusters.
