"""Help texts of the main window: the quick tour (the About box is ui/about.py)."""

TOUR = """<ol>
<li><b>A perceptron is a logic gate.</b> File → Examples → AND gate. Click the output neuron and drag its
bias in the Inspector from −0.7 to −0.2: the Truth table now says it computes OR.</li>
<li><b>XOR needs two layers.</b> Examples → XOR: a NAND and an OR neuron feed an AND neuron. Hover a neuron
to read its formula, a = w·x + b → f(a).</li>
<li><b>Forward propagation.</b> Examples → the textbook's 3-layer network opens on x = (1.0, 0.5) and
shows the book's outputs. Change the inputs and follow the values layer by layer.</li>
<li><b>Activation functions.</b> Select a neuron and pick its layer's activation; the Activation panel
marks where the neuron sits on f (tick “show derivative” for f′).</li>
<li><b>Train.</b> File → New network…, pick a dataset (say Spiral): the dialog proposes a network that
can learn it and the settings that work. Press Play (Space) and watch the loss and the decision boundary.
If a run does not learn, the Training tab says why and fixes it with one click. Ctrl+Z undoes a whole run.</li>
<li><b>Learn step by step.</b> Lessons (F2) walk from one perceptron to Adam, each with a goal the app
checks; the Learn menu (F5–F8) steps through forward and backward passes with the numbers; the Labs menu
has small experiments (optimizer playground, derivatives, activations, draw your own data or digits).</li>
<li><b>Save.</b> Files keep every weight exactly, the training settings and the loss curve.</li>
</ol>"""
