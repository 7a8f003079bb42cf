# tree-sitter-python saves its indentation stack in bytes: a block at
# column 256 or more is reported, not misparsed.
# error: 7:1: unsupported: a block indented by more than 255 columns
if True:
                                                                                                                                                                                                        x = 1
                                                                                                                                                                                                        if x:
                                                                                                                                                                                                                                                                print(x)
