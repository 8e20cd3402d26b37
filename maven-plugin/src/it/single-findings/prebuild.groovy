evaluate(new File(gitChangeScript))
