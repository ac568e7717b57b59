"""Help texts of the main window: the quick tour and the About box."""

TOUR = """<ol>
<li><b>A perceptron is a logic gate.</b> File → Examples → AND gate. Click the output neuron and drag its
bias in the Inspector from −0.7 to −0.2: the Truth table now says it computes OR.</li>
<li><b>XOR needs two layers.</b> Examples → XOR: a NAND and an OR neuron feed an AND neuron. Hover a neuron
to read its formula, a = w·x + b → f(a).</li>
<li><b>Forward propagation.</b> Examples → the textbook's 3-layer network opens on x = (1.0, 0.5) and
shows the book's outputs. Change the inputs and follow the values layer by layer.</li>
<li><b>Activation functions.</b> Select a neuron and pick its layer's activation; the Activation panel
marks where the neuron sits on f (tick “show derivative” for f′).</li>
<li><b>Train.</b> Open the Training tab, pick a dataset, a loss and an optimizer, and press Play (Space).
Watch the loss, the probe's probabilities and the decision boundary; hover a hidden neuron to see its own
map. Ctrl+Z undoes a whole run.</li>
<li><b>Save.</b> Files keep every weight exactly, the training settings and the loss curve.</li>
</ol>"""

ABOUT = ("<b>Synaptica</b><br>See and touch a neural network while you learn how it works.<br><br>"
         "Click a neuron or a link on the canvas, drag its slider in the Inspector, and watch the "
         "outputs, the truth table and the activation plot follow.")
