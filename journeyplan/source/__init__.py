"""Where plan files come from: folders and files on disk, git revisions, YAML composition."""
